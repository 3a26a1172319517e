// Opening hours as Dutch places have them: weekly times, "elke 2e dinsdag van de maand" or the
// last one, a season, one-off closures with a reason, public holidays, and "op afspraak".
// Every time reads back in words, so the owner sees what residents will see.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyClosure, emptyRule, normaliseTime, weekdayCodes, weeksOfMonthOptions, type ClosureDraft, type Draft, type RuleDraft, type WeekOfMonth, type Weekday } from './draft.ts';
import { CheckboxField, CheckboxGroup, RadioGroup, TextField, fieldId } from './fields.tsx';
import { dayName, ruleText } from './scheduleText.ts';

type Schedule = Draft['schedule'];

export function ScheduleEditor({ schedule, onChange }: { schedule: Schedule; onChange(schedule: Schedule): void }) {
  const { t, i18n } = useTranslation('editor');
  const lng = i18n.language;
  // After adding or removing, the keyboard focus goes where the person continues.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const addRuleButton = useRef<HTMLButtonElement>(null);
  const addClosureButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusTarget) return;
    if (focusTarget === 'add-rule') addRuleButton.current?.focus();
    else if (focusTarget === 'add-closure') addClosureButton.current?.focus();
    else document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const setRule = (i: number, rule: RuleDraft) => onChange({ ...schedule, rules: schedule.rules.map((r, j) => (j === i ? rule : r)) });
  const setClosure = (i: number, closure: ClosureDraft) =>
    onChange({ ...schedule, closures: schedule.closures.map((c, j) => (j === i ? closure : c)) });

  return (
    <>
      <p className="sk-form-section__intro">{t('schedule.intro')}</p>
      {schedule.rules.length === 0 && <p>{t('schedule.noRules')}</p>}
      <ol className="sk-schedule__rules">
        {schedule.rules.map((rule, i) => (
          <li key={rule.key} className="sk-schedule__rule">
            <fieldset className="sk-subform">
              <legend>{t('schedule.ruleLegend', { n: i + 1 })}</legend>
              <CheckboxGroup<Weekday>
                name={`schedule.rules.${i}.days`}
                legend={t('schedule.days')}
                inline
                options={weekdayCodes.map((d) => ({ value: d, label: dayName(d, lng) }))}
                values={rule.days}
                onChange={(days) => setRule(i, { ...rule, days })}
              />
              <div className="sk-field-row">
                {/* Text, not type="time": the same for every browser and screen reader, and "9.30" is fine too. */}
                <TextField
                  name={`schedule.rules.${i}.opens`}
                  label={t('schedule.opens')}
                  hint={t('schedule.timeHint')}
                  inputMode="decimal"
                  maxLength={5}
                  value={rule.opens}
                  onChange={(opens) => setRule(i, { ...rule, opens })}
                  onBlur={() => setRule(i, { ...rule, opens: normaliseTime(rule.opens) })}
                  className="sk-field--time"
                />
                <TextField
                  name={`schedule.rules.${i}.closes`}
                  label={t('schedule.closes')}
                  hint={t('schedule.timeHint')}
                  inputMode="decimal"
                  maxLength={5}
                  value={rule.closes}
                  onChange={(closes) => setRule(i, { ...rule, closes })}
                  onBlur={() => setRule(i, { ...rule, closes: normaliseTime(rule.closes) })}
                  className="sk-field--time"
                />
              </div>
              <RadioGroup<'every' | 'some'>
                name={`schedule.rules.${i}.repeat`}
                legend={t('schedule.repeat')}
                options={[
                  { value: 'every', label: t('schedule.everyWeek') },
                  { value: 'some', label: t('schedule.someWeeks') },
                ]}
                value={rule.weeksOfMonth.length > 0 ? 'some' : 'every'}
                onChange={(v) => setRule(i, { ...rule, weeksOfMonth: v === 'some' ? [2] : [] })}
              />
              {rule.weeksOfMonth.length > 0 && (
                <CheckboxGroup<`${WeekOfMonth}`>
                  name={`schedule.rules.${i}.weeksOfMonth`}
                  legend={t('schedule.whichWeeks')}
                  hint={t('schedule.whichWeeksHint')}
                  inline
                  options={weeksOfMonthOptions.map((w) => ({ value: `${w}`, label: t(`schedule.ordinal.${w === -1 ? 'last' : w}`) }))}
                  values={rule.weeksOfMonth.map((w) => `${w}` as const)}
                  onChange={(values) => setRule(i, { ...rule, weeksOfMonth: values.map((v) => Number(v) as WeekOfMonth) })}
                />
              )}
              <details className="sk-schedule__season" open={Boolean(rule.validFrom || rule.validUntil) || undefined}>
                <summary>{t('schedule.season')}</summary>
                <div className="sk-field-row">
                  <TextField name={`schedule.rules.${i}.validFrom`} label={t('schedule.validFrom')} type="date" value={rule.validFrom} onChange={(validFrom) => setRule(i, { ...rule, validFrom })} />
                  <TextField name={`schedule.rules.${i}.validUntil`} label={t('schedule.validUntil')} type="date" value={rule.validUntil} onChange={(validUntil) => setRule(i, { ...rule, validUntil })} />
                </div>
              </details>
              <p className="sk-schedule__readback">
                <span className="sk-schedule__readback-label">{t('schedule.readback')}</span> {ruleText({ ...rule, opens: normaliseTime(rule.opens), closes: normaliseTime(rule.closes) }, t, lng)}
              </p>
              <button
                type="button"
                className="sk-button sk-button--subtle"
                onClick={() => {
                  onChange({ ...schedule, rules: schedule.rules.filter((_, j) => j !== i) });
                  const previous = schedule.rules[i - 1];
                  setFocusTarget(previous ? fieldId(`schedule.rules.${i - 1}.days`) : 'add-rule');
                }}
              >
                {t('schedule.removeRule', { n: i + 1 })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        ref={addRuleButton}
        className="sk-button sk-button--subtle"
        onClick={() => {
          onChange({ ...schedule, rules: [...schedule.rules, emptyRule()] });
          setFocusTarget(fieldId(`schedule.rules.${schedule.rules.length}.days`));
        }}
      >
        {t('schedule.addRule')}
      </button>

      <CheckboxField
        name="schedule.byAppointment"
        label={t('schedule.byAppointment')}
        hint={t('schedule.byAppointmentHint')}
        checked={schedule.byAppointment}
        onChange={(byAppointment) => onChange({ ...schedule, byAppointment })}
      />
      <CheckboxField
        name="schedule.closedOnHolidays"
        label={t('schedule.closedOnHolidays')}
        checked={schedule.closedOnHolidays}
        onChange={(closedOnHolidays) => onChange({ ...schedule, closedOnHolidays })}
      />

      <h3>{t('schedule.closuresTitle')}</h3>
      <p className="sk-form-section__intro">{t('schedule.closuresIntro')}</p>
      <ol className="sk-schedule__rules">
        {schedule.closures.map((closure, i) => (
          <li key={closure.key}>
            <fieldset className="sk-subform">
              <legend>{t('schedule.closureLegend', { n: i + 1 })}</legend>
              <div className="sk-field-row">
                <TextField name={`schedule.closures.${i}.from`} label={t('schedule.closureFrom')} type="date" value={closure.from} onChange={(from) => setClosure(i, { ...closure, from })} />
                <TextField name={`schedule.closures.${i}.until`} label={t('schedule.closureUntil')} type="date" value={closure.until} onChange={(until) => setClosure(i, { ...closure, until })} />
              </div>
              <TextField
                name={`schedule.closures.${i}.reason`}
                label={t('schedule.closureReason')}
                hint={t('schedule.closureReasonHint')}
                value={closure.reason}
                maxLength={200}
                onChange={(reason) => setClosure(i, { ...closure, reason })}
              />
              <button
                type="button"
                className="sk-button sk-button--subtle"
                onClick={() => {
                  onChange({ ...schedule, closures: schedule.closures.filter((_, j) => j !== i) });
                  setFocusTarget(schedule.closures[i - 1] ? fieldId(`schedule.closures.${i - 1}.from`) : 'add-closure');
                }}
              >
                {t('schedule.removeClosure', { n: i + 1 })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        ref={addClosureButton}
        className="sk-button sk-button--subtle"
        onClick={() => {
          onChange({ ...schedule, closures: [...schedule.closures, emptyClosure()] });
          setFocusTarget(fieldId(`schedule.closures.${schedule.closures.length}.from`));
        }}
      >
        {t('schedule.addClosure')}
      </button>

      <TextField name="schedule.note" label={t('schedule.note')} hint={t('schedule.noteHint')} value={schedule.note} maxLength={300} onChange={(note) => onChange({ ...schedule, note })} />
    </>
  );
}
