// Message catalogs: Dutch first (B1), English second. Every text a resident sees comes from here;
// components never hard-code it. One JSON file per feature namespace and language.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

type Catalog = { default: Record<string, unknown> };

/**
 * Namespaces that only the owners' and stewards' pages use: they come with those pages (see
 * `loadNamespaces`), so the first page a resident opens does not carry them.
 */
const catalogs = import.meta.glob<Catalog>(['./*/*.json', '!./*/editor.json', '!./*/moderation.json'], { eager: true });
const lazyCatalogs = import.meta.glob<Catalog>(['./*/editor.json', './*/moderation.json']);

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, mod] of Object.entries(catalogs)) {
  const [, lang, ns] = /\.\/(\w+)\/(\w+)\.json$/.exec(path) ?? [];
  if (lang && ns) (resources[lang] ??= {})[ns] = mod.default;
}

/** The language from the URL (?lang=en, so a shared link keeps it), else the device's choice, else Dutch. */
function initialLanguage(): Language {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'nl') return fromUrl;
  const stored = window.localStorage.getItem('sk.lang');
  return stored === 'en' ? 'en' : 'nl';
}

export async function setupI18n() {
  await i18next.use(initReactI18next).init({
    resources,
    lng: initialLanguage(),
    fallbackLng: 'nl',
    defaultNS: 'common',
    ns: Object.keys(resources.nl ?? {}),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    window.localStorage.setItem('sk.lang', lng);
  });
  return i18next;
}

/** Adds lazily loaded namespaces in every language (so switching language needs no new request). */
export async function loadNamespaces(...namespaces: string[]) {
  await Promise.all(
    languages.flatMap((lang) =>
      namespaces.map(async (ns) => {
        if (i18next.hasResourceBundle(lang, ns)) return;
        const load = lazyCatalogs[`./${lang}/${ns}.json`];
        if (load) i18next.addResourceBundle(lang, ns, (await load()).default);
      }),
    ),
  );
}
