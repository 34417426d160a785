/// <reference types="node" />
/** Reads a content folder: `lab.yaml` and one file per item under each collection's folder. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../types.js';

export interface ContentFile {
  /** Relative to the content folder, with `/`: what reports name. */
  readonly file: string;
  /** `undefined` when the file could not be parsed (see `error`). */
  readonly data?: unknown;
  readonly error?: string;
}

const ITEM_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

export function readContentFile(dir: string, file: string): ContentFile {
  const text = readFileSync(join(dir, file), 'utf8');
  try {
    return { file, data: extname(file) == '.json' ? JSON.parse(text) : parseYaml(text) };
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    return { file, error: `cannot parse ${extname(file) == '.json' ? 'JSON' : 'YAML'}: ${message}` };
  }
}

export function readLab(dir: string): ContentFile {
  const file = ['lab.yaml', 'lab.yml', 'lab.json'].find((f) => existsSync(join(dir, f)));
  return file ? readContentFile(dir, file) : { file: 'lab.yaml', error: 'missing: the lab needs { name, url, logo? }' };
}

/** Each collection's item files, in name order; a missing folder is an empty collection. */
export function readItems(dir: string): Record<CollectionName, ContentFile[]> {
  const out = {} as Record<CollectionName, ContentFile[]>;
  for (const name of COLLECTIONS) {
    const folder = join(dir, name);
    const files = existsSync(folder) ? readdirSync(folder).filter((f) => ITEM_EXTENSIONS.has(extname(f))).sort() : [];
    out[name] = files.map((f) => readContentFile(dir, `${name}/${f}`));
  }
  return out;
}
