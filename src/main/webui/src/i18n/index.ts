import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

// Every <code>.json in this folder is a language: adding es.json (same keys as en.json) adds Spanish. English (the
// fallback) is in the first download; every other language is its own file, fetched when it is chosen, so the first
// screen does not carry all of them.
type Catalogue = { default: Record<string, unknown> };
const english = import.meta.glob<Catalogue>('./en.json', { eager: true });
const others = import.meta.glob<Catalogue>(['./*.json', '!./en.json']);
const code = (path: string) => path.replace(/^.*\/(.+)\.json$/, '$1');
// `_meta` names where a file's texts come from (written, machine translated, reviewed); it is never shown.
const shown = (texts: Record<string, unknown>) => Object.fromEntries(Object.entries(texts).filter(([key]) => key !== '_meta'));
const resources = Object.fromEntries(Object.entries(english).map(([path, m]) => [code(path), { translation: shown(m.default) }]));
const loaders = Object.fromEntries(Object.entries(others).map(([path, load]) => [code(path), load]));

export const LANGUAGES = [...Object.keys(resources), ...Object.keys(loaders)].sort();

const lazyLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, done) => {
    const load = loaders[language];
    if (!load) return done(null, {});
    load().then((m) => done(null, shown(m.default)), (e: Error) => done(e, null));
  },
};
const STORED = 'vlos.language';

function initialLanguage(): string {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORED);
  if (stored && LANGUAGES.includes(stored)) return stored;
  const browser = typeof navigator === 'undefined' ? 'en' : navigator.language.split('-')[0];
  return LANGUAGES.includes(browser) ? browser : 'en';
}

/** The language's own name ("हिन्दी" for hi, "Español" for es), from Intl so a new file needs no extra list. */
export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    // Intl writes "español", "français" as inside a sentence; a list of choices starts each with a capital
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
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
