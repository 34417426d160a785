import type { Strings } from './fr.js';

// Intl objects are costly to build and a list may format hundreds of numbers: keep one per
// language and options.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  kind: string,
  lang: string,
  options: object,
  make: () => T,
): T {
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

export function formatNumber(lang: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached('n', lang, options, () => new Intl.NumberFormat(lang, options)).format(value);
}

export function formatDate(lang: string, value: string | number | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : cached('d', lang, options, () => new Intl.DateTimeFormat(lang, options)).format(date);
}

/**
 * A metric's value with its unit, as people read it in that language: "12 400 personnes",
 * "38 %", "250 000 €", "41 tCO₂e". Free-text units follow the number as written.
 */
export function formatMeasure(lang: string, t: Strings, value: number, unit?: string): string {
  const compact = { maximumFractionDigits: Math.abs(value) < 100 ? 1 : 0 };
  switch (unit) {
    case '%':
      return formatNumber(lang, value, { style: 'unit', unit: 'percent', ...compact });
    case 'EUR':
      return formatNumber(lang, value, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    case 'tCO2e':
      return `${formatNumber(lang, value, compact)} tCO₂e`;
    case undefined:
    case '':
      return formatNumber(lang, value, compact);
  }
  const forms = t.units[unit];
  const text = formatNumber(lang, value, compact);
  if (!forms) return `${text} ${unit}`;
  const plural = cached('p', lang, {}, () => new Intl.PluralRules(lang)).select(value);
  return `${text} ${plural === 'one' ? forms[0] : forms[1]}`;
}
