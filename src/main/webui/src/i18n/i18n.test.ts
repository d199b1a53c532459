import { describe, expect, it } from 'vitest';
import i18n, { LANGUAGES } from './index';
import en from './en.json';

const files = import.meta.glob<{ default: object }>('./*.json', { eager: true });

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]);
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** en.json's keys with each plural text spelled in the CLDR categories of the language (ja: _other only). */
function expectedKeys(lng: string): string[] {
  const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  const all = keys(en).filter((k) => k !== '_meta.translation');
  const plain = all.filter((k) => !PLURAL.test(k));
  const plurals = [...new Set(all.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')))];
  return [...plain, ...plurals.flatMap((base) => categories.map((c) => `${base}_${c}`))].sort();
}

describe('languages', () => {
  it('finds every translation file', () => {
    expect(LANGUAGES).toEqual(expect.arrayContaining(['en', 'hi']));
    expect(LANGUAGES).toHaveLength(Object.keys(files).length);
  });

  it.each(Object.keys(files))('%s has exactly the texts of en.json, plurals in its own categories', (file) => {
    const lng = file.replace(/^.*\/(.+)\.json$/, '$1');
    expect(keys(files[file].default).filter((k) => k !== '_meta.translation').sort()).toEqual(expectedKeys(lng));
  });

  it('lays the page out right to left for Arabic and sets the page language', async () => {
    expect(i18n.dir('ar')).toBe('rtl');
    await i18n.changeLanguage('hi');
    expect(document.documentElement.lang).toBe('hi');
    expect(document.documentElement.dir).toBe('ltr');
    await i18n.changeLanguage('en');
  });
});
