import { describe, expect, it } from 'vitest';
import { formatMoney, intlLocale, toMinorUnits } from './format';

describe('money', () => {
  const amount = { amountMinor: 123456789, currency: 'INR' };

  it('groups rupees the Indian way in English', () => {
    expect(formatMoney(amount, 'en')).toBe('₹12,34,567.89');
  });

  it('groups rupees the Indian way in Hindi', () => {
    expect(formatMoney(amount, 'hi')).toBe('₹12,34,567.89');
  });

  it('uses the currency’s own minor units', () => {
    expect(formatMoney({ amountMinor: 1500, currency: 'JPY' }, 'en')).toBe('JP¥1,500');
  });

  it('keeps a region the language names', () => {
    expect(intlLocale('en-US')).toBe('en-US');
    expect(formatMoney(amount, 'en-US')).toBe('₹1,234,567.89');
  });

  it('reads rupees typed by a person', () => {
    expect(toMinorUnits('5,000')).toBe(500000);
    expect(toMinorUnits('₹ 12.5')).toBe(1250);
    expect(toMinorUnits('five')).toBeNull();
  });

  it('reads a decimal comma as typed in Spanish, French or German, and never takes it for digit grouping', () => {
    expect(toMinorUnits('1500,50')).toBe(150050);
    expect(toMinorUnits('1.500,5')).toBe(150050);
    expect(toMinorUnits('1 500,50')).toBe(150050);
    expect(toMinorUnits('12,34,567.89')).toBe(123456789);
    expect(toMinorUnits('1,500,50')).toBeNull();
    expect(toMinorUnits('1.500')).toBeNull();
  });
});
