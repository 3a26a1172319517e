// The gemeente's taxonomy and synonyms, read once and cached: they change rarely and every
// listing write checks its slugs against them.
import { asc } from 'drizzle-orm';
import { immediate, type Db } from '../../db/client.ts';
import { gemeente, synonyms, taxonomyTerms } from '../../db/schema.ts';
import { vocabularies, type Taxonomy, type TaxonomyTerm, type Vocabulary } from './schemas.ts';

export type TaxonomyStore = ReturnType<typeof createTaxonomyStore>;

export function createTaxonomyStore(db: Db) {
  let cache: Taxonomy | null = null;
  let slugCache: Map<Vocabulary, Set<string>> | null = null;

  function load(): Taxonomy {
    const g = db.select().from(gemeente).get();
    const terms = db.select().from(taxonomyTerms).orderBy(asc(taxonomyTerms.position)).all();
    const byVocabulary = Object.fromEntries(vocabularies.map((v) => [v, [] as Omit<TaxonomyTerm, 'vocabulary'>[]])) as Taxonomy['vocabularies'];
    for (const { vocabulary, position: _p, ...term } of terms) byVocabulary[vocabulary as Vocabulary]?.push(term);
    return {
      gemeente: g ? { code: g.code, name: g.name } : { code: '', name: '' },
      vocabularies: byVocabulary,
      synonyms: db.select().from(synonyms).all().map((s) => s.terms),
    };
  }

  return {
    get(): Taxonomy {
      cache ??= load();
      return cache;
    },
    slugs(vocabulary: Vocabulary): Set<string> {
      slugCache ??= new Map(vocabularies.map((v) => [v, new Set(this.get().vocabularies[v].map((t) => t.slug))]));
      return slugCache.get(vocabulary)!;
    },
    /** Replace the whole taxonomy (seeding, gemeente configuration) in one transaction. */
    replace(terms: TaxonomyTerm[], synonymGroups: string[][]) {
      db.transaction(() => {
        db.delete(taxonomyTerms).run();
        db.delete(synonyms).run();
        if (terms.length) db.insert(taxonomyTerms).values(terms.map((t, position) => ({ ...t, position }))).run();
        if (synonymGroups.length) db.insert(synonyms).values(synonymGroups.map((terms) => ({ terms }))).run();
      }, immediate);
      cache = null;
      slugCache = null;
    },
  };
}
