// The message catalogs: Dutch and English say the same things, and resident text avoids the
// words ../shared/domain.md §8 lists (stigmatising or jargon).
import t from 'tap';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../web/i18n');

/** Words residents should not meet, with why (domain.md §8). Matched as whole words, case-insensitively. */
const avoid: [RegExp, string][] = [
  [/\bcliënt(en)?\b|\bclient(en)?\b/i, 'say inwoner, deelnemer, je/jij'],
  [/\bklant(en)?\b/i, 'say inwoner, deelnemer'],
  [/\bkwetsbare?\b/i, 'stigmatising'],
  [/\bhulpbehoevende?n?\b/i, 'stigmatising'],
  [/\bslachtoffers?\b/i, 'stigmatising'],
  [/\binzetten\b|\bingezet\b/i, 'volunteers are not "ingezet": meedoen, meehelpen'],
  [/\bcapaciteit\b/i, 'not about people'],
  [/\bbenutten\b/i, 'not about people'],
  [/bent u mantelzorger/i, 'ask "Zorg je voor iemand?"'],
  [/\bzelfredzaam(heid)?\b/i, 'not a demand'],
  [/\bsfeer\b|\bsferen\b/i, 'jargon'],
  [/\bdeelambitie(s)?\b/i, 'jargon'],
  [/\bverandertheorie\b/i, 'jargon'],
];

type Catalog = Record<string, unknown>;
const load = (lang: string) =>
  Object.fromEntries(
    readdirSync(join(root, lang))
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(root, lang, f), 'utf8')) as Catalog]),
  );

function flatten(o: unknown, prefix = ''): [string, string][] {
  if (typeof o === 'string') return [[prefix, o]];
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

const nl = load('nl');
const en = load('en');

t.test('Dutch and English have the same namespaces and keys', async (t) => {
  t.same(Object.keys(en).sort(), Object.keys(nl).sort(), 'namespaces');
  for (const ns of Object.keys(nl)) {
    const nlKeys = flatten(nl[ns]).map(([k]) => k).sort();
    const enKeys = flatten(en[ns] ?? {}).map(([k]) => k).sort();
    t.same(enKeys, nlKeys, `keys of ${ns}`);
  }
});

t.test('no text from the avoid-list in the Dutch catalogs', async (t) => {
  const strings = Object.entries(nl).flatMap(([ns, c]) => flatten(c).map(([k, v]) => [`${ns}:${k}`, v] as const));
  t.ok(strings.length > 10, `${strings.length} Dutch strings checked`);
  const found = strings.flatMap(([key, text]) => avoid.filter(([word]) => word.test(text)).map(([, why]) => `${key}: "${text}" (${why})`));
  t.same(found, [], 'words to avoid');
});

t.test('the avoid-list check can fail', async (t) => {
  t.match('Bent u mantelzorger?', avoid.find(([, why]) => why.startsWith('ask'))![0]);
  t.match('Voor kwetsbare inwoners', avoid.find(([w]) => w.test('kwetsbare'))![0]);
});
