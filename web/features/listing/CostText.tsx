// What it costs: gratis / vrijwillige bijdrage / € bedrag / "Vraag naar de kosten", and whether
// help with the costs is possible. An unknown cost is never shown as free.
import { useTranslation } from 'react-i18next';
import type { Listing } from '../../api/client.ts';
import { formatMoney } from './format.ts';

export function CostText({ kosten }: { kosten: Listing['kosten'] }) {
  const { t, i18n } = useTranslation('listing');
  const amount = kosten.bedrag !== undefined ? formatMoney(kosten.bedrag, i18n.language) : null;
  let main: string;
  switch (kosten.type) {
    case 'gratis':
      main = t('cost.free');
      break;
    case 'vrijwillige_bijdrage':
      main = amount ? t('cost.voluntaryAmount', { amount }) : t('cost.voluntary');
      break;
    case 'bedrag':
      main = amount ? (kosten.per ? t('cost.amountPer', { amount, per: kosten.per }) : t('cost.amount', { amount })) : t('cost.unknown');
      break;
    default:
      main = t('cost.unknown');
  }
  return (
    <>
      <p className="sk-listing__cost">{main}</p>
      {kosten.tegemoetkomingMogelijk && <p>{t('cost.help')}</p>}
    </>
  );
}
