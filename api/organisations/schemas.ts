// Organisation shapes. A KvK number is optional and never required (domain.md §2.1).
import { z } from 'zod';
import { email, pageParams, patchSchema, phone, text, webUrl } from '../shared/fields.ts';

export const organisationForms = [
  'informeel',
  'vereniging',
  'stichting',
  'coöperatie',
  'sociaalwerkorganisatie',
  'gemeente',
  'bedrijf',
] as const;

const organisationFields = {
  name: text(140).min(2, 'Geef een naam van minimaal 2 tekens.'),
  form: z.enum(organisationForms).default('informeel'),
  website: webUrl.nullable().default(null),
  phone: phone.nullable().default(null),
  email: email.nullable().default(null),
  kvk: z.string().regex(/^\d{8}$/, 'Een KvK-nummer heeft 8 cijfers.').nullable().default(null),
  description: text(5000).default(''),
  isExample: z.boolean().default(false),
};

export const OrganisationInput = z.strictObject(organisationFields);
export type OrganisationInput = z.infer<typeof OrganisationInput>;

export const organisationStatuses = ['ter_controle', 'actief', 'gearchiveerd'] as const;

/** `trusted` (publish without a steward) can only be changed by stewards and admins. */
export const OrganisationPatch = patchSchema({ ...organisationFields, trusted: z.boolean() });
export type OrganisationPatch = z.infer<typeof OrganisationPatch>;

export const Organisation = z.object({
  ...organisationFields,
  id: z.uuid(),
  status: z.enum(organisationStatuses),
  trusted: z.boolean(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Organisation = z.infer<typeof Organisation>;

export const OrganisationQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  form: z.enum(organisationForms).optional(),
  status: z.enum(organisationStatuses).default('actief'),
  ...pageParams,
});
export type OrganisationQuery = z.infer<typeof OrganisationQuery>;

export const OrganisationPage = z.object({ total: z.int(), page: z.int(), limit: z.int(), items: z.array(Organisation) });
