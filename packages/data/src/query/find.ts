import type { ItemBase } from '../types.js';

/** The item with this id, unlisted ones included (they are shown when asked for by id), private never. */
export const findById = <T extends ItemBase>(items: readonly T[], id: string): T | undefined =>
  items.find((item) => item.id === id && item.visibility != 'private');
