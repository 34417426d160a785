import type { Strings } from './fr.js';

// Intl objects are costly to build and a list may format hundreds of numbers: keep one per
// language and call site. Callers name their options (`key`) so that no key is computed per call.
const cache = new Map<string, Intl.NumberFormat | Intl.PluralRules>();
function cached<T extends Intl.NumberFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

export function formatNumber(lang: string, value: number, key: string, options: Intl.NumberFormatOptions = {}): string {
  return cached(`n${key}|${lang}`, () => new Intl.NumberFormat(lang, options)).format(value);
}

/**
 * A metric's value with its unit, as people read it in that language: "12 400 personnes",
 * "38 %", "250 000 €", "41 tCO₂e". Free-text units follow the number as written.
 */
export function formatMeasure(lang: string, t: Strings, value: number, unit?: string): string {
  const small = Math.abs(value) < 100;
  const digits = { maximumFractionDigits: small ? 1 : 0 };
  const plain = () => formatNumber(lang, value, small ? '1' : '0', digits);
  switch (unit) {
    case '%':
      return formatNumber(lang, value, small ? '%1' : '%0', { style: 'unit', unit: 'percent', ...digits });
    case 'EUR':
      return formatNumber(lang, value, '€', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    case 'tCO2e':
      return `${plain()} tCO₂e`;
    case undefined:
    case '':
      return plain();
  }
  const forms = t.units[unit];
  if (!forms) return `${plain()} ${unit}`;
  const plural = cached(`p|${lang}`, () => new Intl.PluralRules(lang)).select(value);
  return `${plain()} ${plural === 'one' ? forms[0] : forms[1]}`;
}
