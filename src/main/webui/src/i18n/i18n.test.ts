import { describe, expect, it } from 'vitest';
import i18n, { LANGUAGES, languageName } from './index';
import en from './en.json';

type Texts = { [key: string]: string | Texts };
const files = import.meta.glob<{ default: Texts }>('./*.json', { eager: true });
const code = (file: string) => file.replace(/^.*\/(.+)\.json$/, '$1');

/** Every text of a file as [dotted key, value], without the `_meta` header. */
function texts(file: Texts): [string, unknown][] {
  const walk = (value: Texts, prefix: string): [string, unknown][] => Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? walk(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]]);
  const { _meta, ...rest } = file;
  void _meta;
  return walk(rest, '');
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const enTexts = new Map(texts(en as Texts));
const enPlurals = new Set([...enTexts.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));

/** The keys a language must have: en's keys, each plural with exactly the language's CLDR categories. */
function expectedKeys(lng: string): string[] {
  const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  const plain = [...enTexts.keys()].filter((k) => !PLURAL.test(k));
  return [...plain, ...[...enPlurals].flatMap((base) => categories.map((c) => `${base}_${c}`))].sort();
}

/** The English text a key translates: the same key, or en's `_other` for a plural form English lacks. */
const englishOf = (key: string) => enTexts.get(key) ?? enTexts.get(key.replace(PLURAL, '_other'));
const placeholders = (text: unknown) => [...new Set(String(text).match(/\{\{[^}]*\}\}/g) ?? [])].sort();

describe('languages', () => {
  it('finds every translation file', () => {
    expect(LANGUAGES).toEqual(expect.arrayContaining(['ar', 'de', 'en', 'es', 'fr', 'hi', 'ja', 'zh']));
    expect(LANGUAGES).toHaveLength(Object.keys(files).length);
  });

  it.each(Object.keys(files))('%s has exactly the texts of en.json, with its own plural forms', (file) => {
    expect(texts(files[file].default).map(([k]) => k).sort()).toEqual(expectedKeys(code(file)));
  });

  // a form for exactly zero, one or two may say the number in words ("دقيقتان", two minutes) instead of {{count}}
  const wordsForCount = (key: string, names: string[]) => /_(zero|one|two)$/.test(key) ? names.filter((n) => n !== '{{count}}') : names;
  it.each(Object.keys(files))('%s has a non-empty text with the {{placeholders}} of en.json for every key', (file) => {
    const wrong = texts(files[file].default)
      .filter(([k, v]) => typeof v !== 'string' || v.trim() === ''
        || wordsForCount(k, placeholders(v)).join() !== wordsForCount(k, placeholders(englishOf(k))).join())
      .map(([k, v]) => `${k}: ${String(v)}`);
    expect(wrong).toEqual([]);
  });

  it.each(Object.keys(files))('%s names where its texts come from, and the app never shows it', (file) => {
    const meta = files[file].default._meta as Texts | undefined;
    expect(Object.keys(meta ?? {})).toEqual(['translation']);
    expect(String(meta?.translation).trim()).not.toBe('');
    expect(i18n.exists('_meta.translation', { lng: code(file) })).toBe(false);
  });

  it('uses each language\'s plural forms, never English ones', async () => {
    // languages other than English are fetched on demand: without their texts t() would answer in English
    await i18n.loadLanguages(LANGUAGES);
    for (const lng of LANGUAGES) {
      for (const count of [0, 1, 2, 5, 21, 1000000]) {
        const text = i18n.t('reviews.stars', { lng, count });
        if (lng !== 'en') expect(text).not.toBe(i18n.t('reviews.stars', { lng: 'en', count }));
        expect(text).not.toMatch(/^reviews\./);
      }
    }
  });

  it('names each language in its own language in the chooser', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('hi')).toBe('हिन्दी');
    expect(languageName('es')).toBe('Español');
    expect(languageName('fr')).toBe('Français');
    expect(languageName('de')).toBe('Deutsch');
  });

  it('fetches a language other than English only when it is chosen', async () => {
    const other = LANGUAGES.find((l) => l !== 'en')!;
    await i18n.changeLanguage(other);
    expect(i18n.hasResourceBundle(other, 'translation')).toBe(true);
    expect(i18n.t('nav.more')).toBe((files[`./${other}.json`].default as { nav: { more: string } }).nav.more);
    await i18n.changeLanguage('en');
  });

  it('lays the page out right to left for Arabic and sets the page language', async () => {
    expect(i18n.dir('ar')).toBe('rtl');
    await i18n.changeLanguage('hi');
    expect(document.documentElement.lang).toBe('hi');
    expect(document.documentElement.dir).toBe('ltr');
    await i18n.changeLanguage('en');
  });
});
