import { describe, expect, it } from 'vitest';
import i18n, { LANGUAGES } from './index';
import en from './en.json';
import hi from './hi.json';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]);
}

describe('languages', () => {
  it('finds every translation file', () => {
    expect(LANGUAGES).toEqual(['en', 'hi']);
  });

  it('has every English text in Hindi too', () => {
    expect(keys(hi).sort()).toEqual(keys(en).sort());
  });

  it('lays the page out right to left for Arabic and sets the page language', async () => {
    expect(i18n.dir('ar')).toBe('rtl');
    await i18n.changeLanguage('hi');
    expect(document.documentElement.lang).toBe('hi');
    expect(document.documentElement.dir).toBe('ltr');
    await i18n.changeLanguage('en');
  });
});
