// The listing editor's form: every field an owner keeps up to date, in the order a resident
// reads the listing. Parts that only fit some kinds (vacature, plek, steun) appear with them.
import { useTranslation } from 'react-i18next';
import {
  accessibilityFeatures,
  beheervormen,
  commonLanguages,
  gedragenDoorOpties,
  indicaties,
  kinds,
  kostenTypes,
  toegangen,
  type Draft,
} from './draft.ts';
import { CheckboxField, CheckboxGroup, FormSection, RadioGroup, SelectField, TextField } from './fields.tsx';
import { languageName } from '../listing/format.ts';
import { LocationsEditor } from './LocationsEditor.tsx';
import { ScheduleEditor } from './ScheduleEditor.tsx';
import { useEditorTaxonomy } from './useEditorTaxonomy.ts';
import { VacatureFields } from './VacatureFields.tsx';

export type OrganisationOption = { id: string; name: string };

type Props = {
  draft: Draft;
  onChange(draft: Draft): void;
  organisations: OrganisationOption[];
  /** Stewards and admins may keep a listing without organisation. */
  allowNoOrganisation: boolean;
};

export const formSections = ['what', 'topics', 'where', 'when', 'contact', 'cost', 'who', 'access', 'more'] as const;

export function ListingForm({ draft, onChange, organisations, allowNoOrganisation }: Props) {
  const { t, i18n } = useTranslation('editor');
  const taxonomy = useEditorTaxonomy();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => onChange({ ...draft, [key]: value });
  const supportKind = draft.kind === 'steun' || draft.kind === 'steunpunt';
  const applyKind = supportKind || draft.kind === 'regeling';
  const sections = formSections.filter((s) => s !== 'more' || draft.kind === 'plek' || applyKind || draft.kind === 'vacature');

  return (
    <>
      <nav className="sk-form-toc" aria-label={t('form.toc')}>
        <ul>
          {sections.map((s) => (
            <li key={s}>
              <a href={`#section-${s}`}>{t(`sections.${s === 'more' && draft.kind === 'vacature' ? 'vacature' : s}`)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <FormSection id="section-what" title={t('sections.what')}>
        <RadioGroup
          name="kind"
          legend={t('fields.kind')}
          required
          options={kinds.map((k) => ({ value: k, label: t(`listing:kind.${k}`), hint: t(`kindHint.${k}`) }))}
          value={draft.kind}
          onChange={(kind) => set('kind', kind)}
        />
        <TextField name="title" label={t('fields.title')} hint={t('hints.title')} required maxLength={140} value={draft.title} onChange={(v) => set('title', v)} />
        <TextField name="summary" label={t('fields.summary')} hint={t('hints.summary')} multiline rows={2} maxLength={300} value={draft.summary} onChange={(v) => set('summary', v)} />
        <TextField
          name="description"
          label={t('fields.description')}
          hint={t('hints.description')}
          multiline
          rows={8}
          maxLength={10000}
          value={draft.description}
          onChange={(v) => set('description', v)}
        />
        <SelectField
          name="organisationId"
          label={t('fields.organisationId')}
          hint={t('hints.organisationId')}
          value={draft.organisationId}
          options={[
            ...(allowNoOrganisation || draft.organisationId === '' ? [{ value: '', label: t('form.noOrganisation') }] : []),
            ...organisations.map((o) => ({ value: o.id, label: o.name })),
          ]}
          onChange={(v) => set('organisationId', v)}
        />
      </FormSection>

      <FormSection id="section-topics" title={t('sections.topics')} intro={t('intros.topics')}>
        {taxonomy.failed && <p className="sk-notice">{t('form.taxonomyFailed')}</p>}
        <CheckboxGroup name="deelambities" legend={t('fields.deelambities')} options={taxonomy.options('deelambitie')} values={draft.deelambities} onChange={(v) => set('deelambities', v)} />
        <CheckboxGroup name="sferen" legend={t('fields.sferen')} options={taxonomy.options('sfeer')} values={draft.sferen} onChange={(v) => set('sferen', v)} />
        <CheckboxGroup name="themes" legend={t('fields.themes')} options={taxonomy.options('theme')} values={draft.themes} onChange={(v) => set('themes', v)} className="sk-choices--columns" />
        {supportKind && (
          <CheckboxGroup
            name="vraaggebieden"
            legend={t('fields.vraaggebieden')}
            options={taxonomy.options('vraaggebied')}
            values={draft.vraaggebieden}
            onChange={(v) => set('vraaggebieden', v)}
            className="sk-choices--columns"
          />
        )}
      </FormSection>

      <FormSection id="section-where" title={t('sections.where')} intro={t('intros.where')}>
        <LocationsEditor locations={draft.locations} onChange={(v) => set('locations', v)} />
      </FormSection>

      <FormSection id="section-when" title={t('sections.when')}>
        <ScheduleEditor schedule={draft.schedule} onChange={(v) => set('schedule', v)} />
        <CheckboxField name="inloopZonderAfspraak" label={t('fields.inloopZonderAfspraak')} checked={draft.inloopZonderAfspraak} onChange={(v) => set('inloopZonderAfspraak', v)} />
      </FormSection>

      <FormSection id="section-contact" title={t('sections.contact')} intro={t('intros.contact')}>
        <TextField name="contact.phone" label={t('fields.phone')} hint={t('hints.phone')} type="tel" autoComplete="tel" value={draft.contact.phone} onChange={(v) => set('contact', { ...draft.contact, phone: v })} />
        <TextField name="contact.email" label={t('fields.email')} type="email" autoComplete="email" value={draft.contact.email} onChange={(v) => set('contact', { ...draft.contact, email: v })} />
        <TextField name="contact.website" label={t('fields.website')} hint={t('hints.website')} type="url" autoComplete="url" value={draft.contact.website} onChange={(v) => set('contact', { ...draft.contact, website: v })} />
        <TextField name="contact.role" label={t('fields.role')} hint={t('hints.role')} maxLength={80} value={draft.contact.role} onChange={(v) => set('contact', { ...draft.contact, role: v })} />
      </FormSection>

      <FormSection id="section-cost" title={t('sections.cost')}>
        <RadioGroup
          name="kosten.type"
          legend={t('fields.kostenType')}
          options={kostenTypes.map((k) => ({ value: k, label: t(`kosten.${k}`) }))}
          value={draft.kosten.type}
          onChange={(type) => set('kosten', { ...draft.kosten, type })}
        />
        {(draft.kosten.type === 'bedrag' || draft.kosten.type === 'vrijwillige_bijdrage') && (
          <div className="sk-field-row">
            <TextField
              name="kosten.bedrag"
              label={t('fields.bedrag')}
              hint={draft.kosten.type === 'vrijwillige_bijdrage' ? t('hints.bedragVoluntary') : undefined}
              inputMode="decimal"
              value={draft.kosten.bedrag}
              onChange={(v) => set('kosten', { ...draft.kosten, bedrag: v })}
              className="sk-field--short"
              required={draft.kosten.type === 'bedrag'}
            />
            <TextField name="kosten.per" label={t('fields.per')} hint={t('hints.per')} maxLength={40} value={draft.kosten.per} onChange={(v) => set('kosten', { ...draft.kosten, per: v })} />
          </div>
        )}
        <CheckboxField
          name="kosten.tegemoetkomingMogelijk"
          label={t('fields.tegemoetkomingMogelijk')}
          checked={draft.kosten.tegemoetkomingMogelijk}
          onChange={(v) => set('kosten', { ...draft.kosten, tegemoetkomingMogelijk: v })}
        />
      </FormSection>

      <FormSection id="section-who" title={t('sections.who')}>
        <RadioGroup name="toegang" legend={t('fields.toegang')} options={toegangen.map((k) => ({ value: k, label: t(`toegang.${k}`) }))} value={draft.toegang} onChange={(v) => set('toegang', v)} />
        {draft.toegang === 'speciaal_voor' && (
          <TextField name="speciaalVoor" label={t('fields.speciaalVoor')} hint={t('hints.speciaalVoor')} required maxLength={200} value={draft.speciaalVoor} onChange={(v) => set('speciaalVoor', v)} />
        )}
        <RadioGroup name="indicatie" legend={t('fields.indicatie')} options={indicaties.map((k) => ({ value: k, label: t(`indicatie.${k}`) }))} value={draft.indicatie} onChange={(v) => set('indicatie', v)} />
        <TextField name="audience" label={t('fields.audience')} hint={t('hints.audience')} value={draft.audience} onChange={(v) => set('audience', v)} />
        <div className="sk-field-row">
          <TextField name="ageMin" label={t('fields.ageMin')} inputMode="numeric" value={draft.ageMin} onChange={(v) => set('ageMin', v)} className="sk-field--short" />
          <TextField name="ageMax" label={t('fields.ageMax')} inputMode="numeric" value={draft.ageMax} onChange={(v) => set('ageMax', v)} className="sk-field--short" />
        </div>
        <CheckboxGroup
          name="languages"
          legend={t('fields.languages')}
          hint={t('hints.languages')}
          options={commonLanguages.map((code) => ({ value: code, label: languageName(code, i18n.language) }))}
          values={draft.languages}
          onChange={(v) => set('languages', v)}
          className="sk-choices--columns"
        />
        <TextField name="otherLanguages" label={t('fields.otherLanguages')} hint={t('hints.otherLanguages')} value={draft.otherLanguages} onChange={(v) => set('otherLanguages', v)} />
        <SelectField
          name="gedragenDoor"
          label={t('fields.gedragenDoor')}
          value={draft.gedragenDoor}
          options={[{ value: '' as const, label: t('form.notSaid') }, ...gedragenDoorOpties.map((k) => ({ value: k, label: t(`gedragenDoor.${k}`) }))]}
          onChange={(v) => set('gedragenDoor', v)}
        />
        <CheckboxField name="jeKuntOokBijdragen" label={t('fields.jeKuntOokBijdragen')} checked={draft.jeKuntOokBijdragen} onChange={(v) => set('jeKuntOokBijdragen', v)} />
      </FormSection>

      <FormSection id="section-access" title={t('sections.access')} intro={t('intros.access')}>
        <CheckboxGroup
          name="accessibility"
          legend={t('fields.accessibility')}
          options={accessibilityFeatures.map((k) => ({ value: k, label: t(`accessibility.${k}`) }))}
          values={draft.accessibility}
          onChange={(v) => set('accessibility', v)}
        />
      </FormSection>

      {sections.includes('more') && (
        <FormSection id="section-more" title={t(`sections.${draft.kind === 'vacature' ? 'vacature' : 'more'}`)}>
          {draft.kind === 'vacature' && <VacatureFields vacature={draft.vacature} onChange={(v) => set('vacature', v)} />}
          {draft.kind === 'plek' && (
            <SelectField
              name="beheervorm"
              label={t('fields.beheervorm')}
              value={draft.beheervorm}
              options={[{ value: '' as const, label: t('form.notSaid') }, ...beheervormen.map((k) => ({ value: k, label: t(`beheervorm.${k}`) }))]}
              onChange={(v) => set('beheervorm', v)}
            />
          )}
          {applyKind && (
            <>
              <TextField name="howToApply" label={t('fields.howToApply')} hint={t('hints.howToApply')} multiline maxLength={2000} value={draft.howToApply} onChange={(v) => set('howToApply', v)} />
              <TextField name="conditions" label={t('fields.conditions')} multiline maxLength={2000} value={draft.conditions} onChange={(v) => set('conditions', v)} />
            </>
          )}
        </FormSection>
      )}
    </>
  );
}
