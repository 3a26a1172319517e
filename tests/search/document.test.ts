// toSearchDocument remembers what listings share (taxonomy text, compound splits): its compound
// parts and stems must still be exactly those of the plain computation over each listing's own
// words, also when a listing has words that split its other words differently.
import t from 'tap';
import { compoundLexicon, splitCompound, stem, tokenize } from '../../api/search/analyze.ts';
import { taxonomyLookup, toSearchDocument } from '../../api/search/document.ts';
import type { Listing } from '../../api/listings/schemas.ts';
import { tempDir, testApp, testConfig } from '../helpers.ts';

/** The plain computation: every naming word of this one listing, nothing remembered. */
function expected(title: string, taxonomy: string, summary: string, places: string) {
  const naming = tokenize([title, taxonomy, summary, places].join(' '));
  const own = new Set(naming.filter((w) => w.length >= 4));
  const vocabulary = { has: (w: string) => compoundLexicon.has(w) || own.has(w) };
  const compounds = new Set<string>();
  for (const word of new Set(naming)) for (const part of splitCompound(word, vocabulary)) compounds.add(part);
  const stems = new Set(naming.map(stem).filter((s, i) => s !== naming[i]));
  return { compounds: [...compounds].join(' '), stems: [...stems].join(' ') };
}

t.test('compound parts and stems match the plain computation for every demo listing', async (t) => {
  const app = await testApp(testConfig(tempDir(t), { loadDemo: true }));
  t.teardown(() => app.close());
  const ids = app.db.$client.prepare('SELECT id FROM listings').pluck().all() as string[];
  const listings = app.stores.listings.getMany(ids);
  const ctx = { taxonomy: app.stores.taxonomy.get(), areaNames: new Map(app.geo.areas().map((a) => [a.code, a.name])), now: new Date() };
  const terms = taxonomyLookup(ctx.taxonomy);

  // Variants that also have both halves of their long words ("rolstoeltoegank" and "elijk"):
  // words a remembered split looked up in vain, which split those words differently.
  const halves = (text: string) =>
    tokenize(text)
      .filter((w) => w.length >= 10)
      .flatMap((w) => [w.slice(0, w.length - 4), w.slice(w.length - 4)]);
  const variants: Listing[] = listings.flatMap((l) => {
    const taxonomy = toSearchDocument(l, ctx, terms).taxonomy;
    return [{ ...l, title: `${l.title} ${halves(taxonomy).join(' ')}` }, { ...l, summary: `${halves(l.title).join(' ')} ${l.summary}` }];
  });

  let checked = 0;
  const wrong: string[] = [];
  for (const listing of [...listings, ...variants, ...listings]) {
    const doc = toSearchDocument(listing, ctx, terms);
    const want = expected(listing.title, doc.taxonomy, listing.summary, doc.places);
    if (doc.compounds !== want.compounds || doc.stems !== want.stems) wrong.push(listing.title);
    checked++;
  }
  t.ok(checked > 2000, `${checked} documents checked`);
  t.same(wrong, [], 'every document has the compound parts and stems of the plain computation, in order');
});
