// A listing field's value as a person reads it, for the history and the steward's diff table
// ("was" / "wordt"): opening hours as sentences, addresses as lines, choices in words.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Listing } from '../../api/client.ts';
import { CostText } from '../listing/CostText.tsx';
import { VacatureDetails } from '../listing/VacatureDetails.tsx';
import { addressLines, formatDay } from '../listing/format.ts';
import { ruleText } from './scheduleText.ts';

export const fieldLabel = (field: string, t: TFunction) => t(`editor:fieldNames.${field}`, { defaultValue: field });

/** Fields whose value is one of a fixed list, with the catalog key of its words. */
const choiceKeys: Record<string, string> = {
  kind: 'listing:kind',
  indicatie: 'editor:indicatie',
  toegang: 'editor:toegang',
  gedragenDoor: 'editor:gedragenDoor',
  beheervorm: 'editor:beheervorm',
  status: 'editor:status',
  accessibility: 'editor:accessibility',
  verified: 'editor:verifiedParts',
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function Lines({ lines }: { lines: string[] }) {
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <ul className="sk-value-lines">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

export function ValueText({ field, value }: { field: string; value: unknown }) {
  const { t, i18n } = useTranslation('editor');
  const lng = i18n.language;
  const empty = <span className="sk-value-empty">{t('diff.empty')}</span>;
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return empty;
  if (typeof value === 'boolean') return <>{value ? t('diff.yes') : t('diff.no')}</>;
  if (typeof value === 'number') return <>{new Intl.NumberFormat(lng).format(value)}</>;

  const choice = choiceKeys[field];
  const word = (v: unknown) => (choice ? t(`${choice}.${String(v)}`, { defaultValue: String(v) }) : String(v));
  if (typeof value === 'string') return <>{word(value)}</>;

  if (field === 'schedule' && isRecord(value)) {
    const s = value as Listing['schedule'];
    const lines = [
      ...(s.rules ?? []).map((r) => ruleText(r, t, lng)),
      ...(s.closures ?? []).map((c) => t('diff.closure', { from: formatDay(c.from, lng), until: formatDay(c.until, lng), reason: c.reason ?? '' }).trim()),
      ...(s.byAppointment ? [t('schedule.byAppointment')] : []),
      ...(s.note ? [s.note] : []),
    ];
    return lines.length ? <Lines lines={lines} /> : empty;
  }
  if (field === 'locations' && Array.isArray(value)) {
    const lines = (value as Listing['locations']).map((l) =>
      [l.name, ...addressLines(l), l.online ? t('location.online') : null, l.lat !== undefined ? `(${l.lat}, ${l.lon})` : null].filter(Boolean).join(', '),
    );
    return <Lines lines={lines} />;
  }
  if (field === 'contact' && isRecord(value)) {
    const c = value as Listing['contact'];
    const lines = (['phone', 'email', 'website', 'role'] as const).filter((k) => c[k]).map((k) => `${t(`fields.${k}`)}: ${c[k]}`);
    return lines.length ? <Lines lines={lines} /> : empty;
  }
  if (field === 'kosten' && isRecord(value)) return <CostText kosten={value as Listing['kosten']} />;
  if (field === 'vacature' && isRecord(value)) return <VacatureDetails vacature={value as NonNullable<Listing['vacature']>} />;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return <>{value.map(word).join(', ')}</>;
  return <code className="sk-value-json">{JSON.stringify(value)}</code>;
}

/** Field / was / wordt, one row per changed field. */
export function DiffTable({ caption, changes }: { caption: string; changes: { field: string; old: unknown; new: unknown }[] }) {
  const { t } = useTranslation('editor');
  return (
    <table className="sk-diff">
      <caption className="sk-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('diff.field')}</th>
          <th scope="col">{t('diff.old')}</th>
          <th scope="col">{t('diff.new')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field}>
            <th scope="row">{fieldLabel(c.field, t)}</th>
            <td data-label={t('diff.old')}>
              <ValueText field={c.field} value={c.old} />
            </td>
            <td data-label={t('diff.new')}>
              <ValueText field={c.field} value={c.new} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
