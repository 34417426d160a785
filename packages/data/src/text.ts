import type { Text } from './types.js';

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The best string for `lang`: the exact language, then its primary subtag (`fr-CA` -> `fr`),
 * then French (the lab's first language), then whatever there is.
 */
export function pickText(text: Text | undefined, lang: string): string {
  if (typeof text != 'object') return text ?? '';
  const keys = Object.keys(text);
  const key =
    keys.find((k) => k.toLowerCase() == lang.toLowerCase()) ??
    keys.find((k) => primary(k) == primary(lang)) ??
    keys.find((k) => primary(k) == 'fr') ??
    keys[0];
  return (key && text[key]) ?? '';
}

/** Folds case, accents and French ligatures, so that "education" finds "Éducation" and "oeuvre" finds "Œuvre". */
export const normalizeForSearch = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
