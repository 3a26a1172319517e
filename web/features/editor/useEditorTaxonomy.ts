// The gemeente's terms for the editor's checkboxes, with the words residents see: the gemeente's
// own label in Dutch, the catalog's translation of the seed terms in English.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Taxonomy } from '../../api/client.ts';

type Vocabulary = 'deelambitie' | 'sfeer' | 'theme' | 'vraaggebied';
export type TermOption = { value: string; label: string; hint?: string };

let request: Promise<Taxonomy> | null = null;

export function useEditorTaxonomy() {
  const { t, i18n } = useTranslation('editor');
  const [taxonomy, setTaxonomy] = useState<Taxonomy | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    request ??= api.taxonomy();
    request.then(
      (tx) => live && setTaxonomy(tx),
      () => {
        request = null;
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const dutch = i18n.language === 'nl';
  // The results page's catalog already translates the seed terms it shows; sferen are the editor's own.
  const keyOf = (vocabulary: Vocabulary, slug: string) => (vocabulary === 'sfeer' ? `editor:taxonomy.sfeer.${slug}` : `results:${vocabulary}.${slug}`);

  const options = (vocabulary: Vocabulary): TermOption[] =>
    (taxonomy?.vocabularies[vocabulary] ?? []).map((term) => {
      const label = dutch ? term.label : t(`${keyOf(vocabulary, term.slug)}.label`, { defaultValue: term.label });
      const hint = dutch ? term.description : t(`${keyOf(vocabulary, term.slug)}.description`, { defaultValue: '' });
      return { value: term.slug, label, ...(hint ? { hint } : {}) };
    });

  return { loaded: taxonomy !== null, failed, options };
}
