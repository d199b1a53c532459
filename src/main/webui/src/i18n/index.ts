import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

// Every <code>.json in this folder is a language: adding es.json (same keys as en.json) adds Spanish. English (the
// fallback) is in the first download; every other language is its own file, fetched when it is chosen, so the first
// screen does not carry all of them.
type Catalogue = { default: Record<string, unknown> };
const english = import.meta.glob<Catalogue>('./en.json', { eager: true });
const others = import.meta.glob<Catalogue>(['./*.json', '!./en.json']);
const code = (path: string) => path.replace(/^.*\/(.+)\.json$/, '$1');
const resources = Object.fromEntries(Object.entries(english).map(([path, m]) => [code(path), { translation: m.default }]));
const loaders = Object.fromEntries(Object.entries(others).map(([path, load]) => [code(path), load]));

export const LANGUAGES = [...Object.keys(resources), ...Object.keys(loaders)].sort();

const lazyLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, done) => {
    const load = loaders[language];
    if (!load) return done(null, {});
    load().then((m) => done(null, m.default), (e: Error) => done(e, null));
  },
};
const STORED = 'vlos.language';

function initialLanguage(): string {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORED);
  if (stored && LANGUAGES.includes(stored)) return stored;
  const browser = typeof navigator === 'undefined' ? 'en' : navigator.language.split('-')[0];
  return LANGUAGES.includes(browser) ? browser : 'en';
}

/** The language's own name ("हिन्दी" for hi), from Intl so a new file needs no extra list. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function applyDocumentLanguage(lng: string) {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lng;
  document.documentElement.dir = i18n.dir(lng);
}

void i18n.use(lazyLanguages).use(initReactI18next).init({
  resources,
  partialBundledLanguages: true,
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', (lng) => {
  applyDocumentLanguage(lng);
  if (typeof localStorage !== 'undefined') localStorage.setItem(STORED, lng);
});

export default i18n;
