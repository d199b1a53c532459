import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

// Every <code>.json in this folder is a language: adding es.json (same keys as en.json) adds Spanish.
const files = import.meta.glob<{ default: Record<string, unknown> }>('./*.json', { eager: true });
// `_meta` names where a file's texts come from (written, machine translated, reviewed); it is never shown.
const resources = Object.fromEntries(
  Object.entries(files).map(([path, module]) => [
    path.replace(/^.*\/(.+)\.json$/, '$1'),
    { translation: Object.fromEntries(Object.entries(module.default).filter(([key]) => key !== '_meta')) },
  ]),
);

export const LANGUAGES = Object.keys(resources).sort();
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

i18n.use(initReactI18next).init({
  resources,
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
