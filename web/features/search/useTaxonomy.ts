// The gemeente's vocabularies (GET /api/taxonomy), fetched once per visit. Residents see the
// `label` (plain Dutch, the gemeente may rename it); in English, and when the taxonomy cannot be
// loaded, the catalog's words for the national seed terms are used.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Taxonomy } from '../../api/client.ts';

type Vocabulary = 'deelambitie' | 'vraaggebied' | 'theme';

let taxonomyRequest: Promise<Taxonomy | null> | null = null;

function loadTaxonomy(): Promise<Taxonomy | null> {
  taxonomyRequest ??= api.taxonomy().catch(() => {
    taxonomyRequest = null; // try again on the next page
    return null;
  });
  return taxonomyRequest;
}

/** The seed terms, in the gemeente's order, for when the taxonomy is not (yet) there. */
const fallbackSlugs: Record<Vocabulary, string[]> = {
  deelambitie: ['ontmoeting', 'ontplooiing', 'ondersteuning', 'plezier', 'eigenaarschap'],
  vraaggebied: [
    'informatie-en-advies',
    'persoonlijke-begeleiding',
    'emotionele-steun',
    'educatie',
    'praktische-hulp',
    'vervangende-zorg',
    'financiele-ondersteuning',
    'materiele-hulp',
  ],
  theme: [],
};

export type Term = { slug: string; label: string; description: string };

export function useTaxonomy() {
  const [taxonomy, setTaxonomy] = useState<Taxonomy | null>(null);
  const { t, i18n } = useTranslation('results');
  useEffect(() => {
    let live = true;
    void loadTaxonomy().then((tx) => {
      if (live) setTaxonomy(tx);
    });
    return () => {
      live = false;
    };
  }, []);

  const dutch = i18n.language === 'nl';

  /** The terms of a vocabulary with the words a resident sees, in the current language. */
  const terms = (vocabulary: Vocabulary): Term[] => {
    const fromApi = taxonomy?.vocabularies[vocabulary];
    const list = fromApi?.length ? fromApi : fallbackSlugs[vocabulary].map((slug) => ({ slug, label: '', description: '' }));
    return list.map((term) => ({
      slug: term.slug,
      label: dutch && term.label ? term.label : t(`${vocabulary}.${term.slug}.label`, { defaultValue: term.label || term.slug }),
      description:
        dutch && term.description ? term.description : t(`${vocabulary}.${term.slug}.description`, { defaultValue: term.description }),
    }));
  };

  /** One term's resident label by slug (for chips of filters that are in the URL). */
  const label = (vocabulary: Vocabulary, slug: string): string =>
    terms(vocabulary).find((term) => term.slug === slug)?.label ?? t(`${vocabulary}.${slug}.label`, { defaultValue: slug });

  return { loaded: taxonomy !== null, terms, label };
}
