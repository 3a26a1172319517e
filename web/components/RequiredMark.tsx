// "(verplicht)" after a label or legend. Seen, not read out: the control itself says it is required.
import { useTranslation } from 'react-i18next';

export function RequiredMark() {
  const { t } = useTranslation();
  return (
    <span className="sk-field__required" aria-hidden="true">
      {' '}
      {t('required')}
    </span>
  );
}
