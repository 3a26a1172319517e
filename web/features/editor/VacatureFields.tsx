// The volunteering details of a vacature: how often and how much, what you get, and a VOG only
// with the reason for it (a VOG keeps people out, so the reason must be said).
import { useTranslation } from 'react-i18next';
import { frequenties, inzetTypes, momenten, taakOmvang, vergoedingen, type VacatureDraft } from './draft.ts';
import { CheckboxField, CheckboxGroup, RadioGroup, SelectField, TextField } from './fields.tsx';

export function VacatureFields({ vacature, onChange }: { vacature: VacatureDraft; onChange(v: VacatureDraft): void }) {
  const { t } = useTranslation('editor');
  const set = <K extends keyof VacatureDraft>(key: K, value: VacatureDraft[K]) => onChange({ ...vacature, [key]: value });
  return (
    <>
      <RadioGroup
        name="vacature.inzetType"
        legend={t('vacature.inzetType')}
        required
        options={inzetTypes.map((k) => ({ value: k, label: t(`listing:vacature.type.${k}`) }))}
        value={vacature.inzetType}
        onChange={(v) => set('inzetType', v)}
      />
      <div className="sk-field-row">
        <TextField name="vacature.hoursPerTime" label={t('vacature.hoursPerTime')} inputMode="decimal" value={vacature.hoursPerTime} onChange={(v) => set('hoursPerTime', v)} className="sk-field--short" />
        <SelectField
          name="vacature.frequency"
          label={t('vacature.frequency')}
          value={vacature.frequency}
          options={[{ value: '' as const, label: t('form.notSaid') }, ...frequenties.map((k) => ({ value: k, label: t(`listing:vacature.frequency.${k}`) }))]}
          onChange={(v) => set('frequency', v)}
        />
      </div>
      <CheckboxGroup
        name="vacature.moments"
        legend={t('vacature.moments')}
        inline
        options={momenten.map((k) => ({ value: k, label: t(`listing:vacature.moment.${k}`) }))}
        values={vacature.moments}
        onChange={(v) => set('moments', v)}
      />
      <CheckboxField name="vacature.flexible" label={t('vacature.flexible')} checked={vacature.flexible} onChange={(v) => set('flexible', v)} />
      <SelectField
        name="vacature.taskSize"
        label={t('vacature.taskSize')}
        value={vacature.taskSize}
        options={[{ value: '' as const, label: t('form.notSaid') }, ...taakOmvang.map((k) => ({ value: k, label: t(`vacature.taskSizes.${k}`) }))]}
        onChange={(v) => set('taskSize', v)}
      />
      <CheckboxField name="vacature.training" label={t('vacature.training')} checked={vacature.training} onChange={(v) => set('training', v)} />
      <CheckboxField name="vacature.begeleiding" label={t('vacature.begeleiding')} checked={vacature.begeleiding} onChange={(v) => set('begeleiding', v)} />
      <RadioGroup
        name="vacature.vergoeding"
        legend={t('vacature.vergoeding')}
        options={vergoedingen.map((k) => ({ value: k, label: t(`vacature.vergoedingen.${k}`) }))}
        value={vacature.vergoeding}
        onChange={(v) => set('vergoeding', v)}
      />
      <CheckboxField name="vacature.vogRequired" label={t('vacature.vogRequired')} hint={t('vacature.vogHint')} checked={vacature.vogRequired} onChange={(v) => set('vogRequired', v)} />
      {vacature.vogRequired && (
        <TextField name="vacature.vogReason" label={t('vacature.vogReason')} hint={t('vacature.vogReasonHint')} required multiline rows={2} maxLength={300} value={vacature.vogReason} onChange={(v) => set('vogReason', v)} />
      )}
      <CheckboxField name="vacature.suitedNextToWork" label={t('vacature.suitedNextToWork')} checked={vacature.suitedNextToWork} onChange={(v) => set('suitedNextToWork', v)} />
      <CheckboxField name="vacature.suitedNextToMantelzorg" label={t('vacature.suitedNextToMantelzorg')} checked={vacature.suitedNextToMantelzorg} onChange={(v) => set('suitedNextToMantelzorg', v)} />
      <TextField
        name="vacature.inclusiveStatement"
        label={t('vacature.inclusiveStatement')}
        hint={t('vacature.inclusiveStatementHint')}
        multiline
        rows={2}
        maxLength={300}
        value={vacature.inclusiveStatement}
        onChange={(v) => set('inclusiveStatement', v)}
      />
    </>
  );
}
