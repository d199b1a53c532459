import { describe, expect, it } from 'vitest';
import i18n, { LANGUAGES } from './index';
import en from './en.json';

const files = import.meta.glob<{ default: object }>('./*.json', { eager: true });

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]);
}

describe('languages', () => {
  it('finds every translation file', () => {
    expect(LANGUAGES).toEqual(expect.arrayContaining(['en', 'hi']));
    expect(LANGUAGES).toHaveLength(Object.keys(files).length);
  });

  it.each(Object.keys(files))('%s has exactly the texts of en.json', (file) => {
    expect(keys(files[file].default).sort()).toEqual(keys(en).sort());
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
