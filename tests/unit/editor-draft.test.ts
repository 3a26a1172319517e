// The editor's form state ↔ API shape (web/features/editor/draft.ts): what is sent when saving,
// how typed times and numbers are read, and that a PATCH carries only what changed.
import t from 'tap';
import { ListingInput } from '../../api/listings/schemas.ts';
import { sanitizeRichText } from '../../api/shared/richtext.ts';
import { bodyOf, changedFields, draftOf, editableDescription, emptyDraft, emptyLocation, normaliseTime, sentLocationIndexes } from '../../web/features/editor/draft.ts';
import type { Listing } from '../../web/api/client.ts';

t.test('times as people type them', async (t) => {
  for (const [typed, want] of <[string, string][]>[
    ['9.30', '09:30'],
    ['930', '09:30'],
    ['0930', '09:30'],
    ['9', '09:00'],
    [' 17:45 ', '17:45'],
    ['24:00', '24:00'],
    ['9u30', '09:30'],
    ['25:00', '25:00'],
    ['half tien', 'half tien'],
  ])
    t.equal(normaliseTime(typed), want, `"${typed}" → "${want}"`);
});

t.test('a new draft is a valid listing once it has a title', async (t) => {
  const draft = { ...emptyDraft('0b6f4c1e-8a4e-4d3b-9f55-3f1f7f0c0a01'), title: 'Koffie-inloop' };
  const { body, problems } = bodyOf(draft);
  t.same(problems, {});
  t.same(body.locations, [], 'the empty address the form starts with is not sent');
  t.ok(ListingInput.safeParse(body).success, 'the server schema accepts it');
});

t.test('numbers with a Dutch comma, and problems named after the form field', async (t) => {
  const draft = emptyDraft('');
  draft.title = 'Buurthuis';
  draft.locations = [emptyLocation(), { ...emptyLocation(), street: 'Dorpsstraat', lat: '52,37', lon: 'oost' }];
  draft.ageMin = '12.5';
  const { body, problems } = bodyOf(draft);
  t.equal(body.locations?.[0]?.lat, 52.37, '"52,37" is 52.37');
  t.same(sentLocationIndexes(draft), [1], 'only the filled address is sent');
  t.same(problems, { 'locations.1.lon': 'number', ageMin: 'wholeNumber' }, 'problems point at the second address in the form');
});

t.test('schedule: days in week order, monthly weeks, optional parts left out', async (t) => {
  const draft = emptyDraft('');
  draft.title = 'Taalcafé';
  draft.schedule.rules = [{ key: 'a', days: ['TH', 'TU'], opens: '9.30', closes: '12', weeksOfMonth: [-1, 2], validFrom: '', validUntil: '' }];
  const { body } = bodyOf(draft);
  t.same(body.schedule?.rules, [{ days: ['TU', 'TH'], opens: '09:30', closes: '12:00', weeksOfMonth: [2, -1] }]);
  t.ok(ListingInput.safeParse(body).success, 'the server schema accepts it');
});

t.test('a vacature with a VOG keeps its reason; other kinds send no vacature', async (t) => {
  const draft = emptyDraft('');
  draft.title = 'Maatje';
  draft.kind = 'vacature';
  draft.vacature = { ...draft.vacature, inzetType: 'structureel', vogRequired: true, vogReason: 'Alleen met kinderen.' };
  t.match(bodyOf(draft).body.vacature, { inzetType: 'structureel', vogRequired: true, vogReason: 'Alleen met kinderen.' });
  t.ok(ListingInput.safeParse(bodyOf(draft).body).success);
  t.equal(bodyOf({ ...draft, kind: 'activiteit' }).body.vacature, null);
});

t.test('a loaded listing round-trips, and a PATCH carries only what changed', async (t) => {
  const input = ListingInput.parse({
    kind: 'activiteit',
    title: 'Wandelclub',
    organisationId: '0b6f4c1e-8a4e-4d3b-9f55-3f1f7f0c0a01',
    locations: [{ street: 'Dorpsstraat', houseNumber: '1', lat: 52.1, lon: 4.9 }],
    schedule: { rules: [{ days: ['MO'], opens: '10:00', closes: '11:00' }] },
    contact: { phone: '020 123 4567' },
    languages: ['nl', 'so'],
  });
  const listing = { ...input, id: 'x', organisation: null, fieldVerifiedAt: {}, mergedInto: null, version: 1, createdAt: '', updatedAt: '' } as unknown as Listing;
  const loaded = draftOf(listing);
  t.same(loaded.languages, ['nl'], 'common languages as checkboxes');
  t.equal(loaded.otherLanguages, 'so', 'others as typed codes');
  t.same(changedFields(bodyOf(loaded).body, bodyOf(draftOf(listing)).body), {}, 'nothing changed: an empty PATCH');
  const edited = { ...loaded, contact: { ...loaded.contact, phone: '020 765 4321' } };
  t.same(changedFields(bodyOf(edited).body, bodyOf(loaded).body), { contact: { phone: '020 765 4321' } }, 'only contact is sent');
});

t.test('a stored plain-text description is edited as it was typed; rich text as it is', async (t) => {
  const typed = 'Soep & brood <3\n"Iedereen" is welkom';
  const stored = sanitizeRichText(typed);
  t.not(stored, typed, 'the server escapes & < > in plain text');
  t.equal(editableDescription(stored), typed, 'the editor shows what was typed');
  t.equal(sanitizeRichText(editableDescription(stored)), stored, 'saving it again stores the same');
  const rich = sanitizeRichText('<p>Koffie &amp; <strong>thee</strong></p>');
  t.equal(editableDescription(rich), rich, 'rich text is left as it is');
});
