/**
 * Writes the feed contract as a JSON Schema (draft 2020-12) from the same shapes the validator
 * reads. The schema is the strict contract for feed authors and their tools; the validator is
 * more forgiving (it cuts long text, resolves relative URLs, drops what it cannot use).
 */
import { REGION_CODES, departmentCodes } from '../territories-table.js';
import { COLLECTIONS, type CollectionName } from '../types.js';
import { EMAIL, ISO_DATE, LANGUAGE_TAG, MAX_LINE, MAX_TEXT, MAX_URL, WITH_OFFSET, type Scalar } from './scalars.js';
import { ITEM_SHAPES, LAB_SHAPE, LIST, type Shape, type Type } from './shapes.js';

type Schema = Record<string, unknown>;

const ITEM_DEFS: Record<CollectionName, string> = {
  projects: 'project',
  organizations: 'organization',
  talent: 'talentCall',
  events: 'event',
};

const departments = departmentCodes().sort();
const communePattern = `^(?:(?:${departments.filter((d) => d.length == 2).join('|')})\\d{3}|(?:${departments.filter((d) => d.length == 3).join('|')})\\d{2})$`;

const textOf = (maxLength: number): Schema => ({
  description: 'A string, or a map of language tag to string; readers pick their language, then French, then any.',
  oneOf: [
    { type: 'string', minLength: 1, maxLength },
    {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: LANGUAGE_TAG.source },
      additionalProperties: { type: 'string', maxLength },
    },
  ],
});

const named = (props: Schema, required: string): Schema => ({
  type: 'object',
  required: [required],
  properties: { ...props, name: { type: 'string', maxLength: MAX_LINE } },
});

/** The `$defs` every leaf type points to. */
const LEAVES: Record<Scalar, Schema> = {
  id: { type: 'string', minLength: 1, maxLength: 200 },
  string: { type: 'string', maxLength: MAX_LINE },
  label: textOf(MAX_LINE),
  text: textOf(MAX_TEXT),
  url: { type: 'string', format: 'uri', maxLength: MAX_URL, pattern: '^[hH][tT][tT][pP][sS]?://' },
  date: { type: 'string', description: 'ISO-8601 date or date-time.', pattern: ISO_DATE.source },
  instant: {
    type: 'string',
    description: 'RFC 3339 date-time with its offset, e.g. 2025-05-20T18:30:00+02:00.',
    allOf: [{ pattern: ISO_DATE.source }, { pattern: WITH_OFFSET.source }],
  },
  number: { type: 'number' },
  count: { type: 'integer', minimum: 0 },
  sdg: { type: 'integer', minimum: 1, maximum: 17, description: 'A UN Sustainable Development Goal number.' },
  boolean: { type: 'boolean' },
  timeZone: { type: 'string', maxLength: 64, description: 'IANA time zone, e.g. Europe/Paris.' },
  insee: { type: 'string', description: 'INSEE commune code.', pattern: communePattern },
  contact: {
    oneOf: [
      { type: 'object', required: ['url'], properties: { url: { $ref: '#/$defs/url' } } },
      { type: 'object', required: ['email'], properties: { email: { type: 'string', format: 'email', maxLength: 254, pattern: EMAIL.source } } },
    ],
  },
  territory: {
    oneOf: [
      named({ insee: { $ref: '#/$defs/insee' } }, 'insee'),
      named({ department: { enum: departments } }, 'department'),
      named({ region: { enum: [...REGION_CODES].sort() } }, 'region'),
      named({ scope: { const: 'national' } }, 'scope'),
    ],
  },
};

const ref = (name: string) => ({ $ref: `#/$defs/${name}` });

/** `id` would read as a keyword to draft-04 tools walking `$defs`. */
const defName = (leaf: Scalar) => (leaf == 'id' ? 'identifier' : leaf);

function schemaOf(type: Type): Schema {
  if (typeof type == 'string') return ref(defName(type));
  if (Array.isArray(type)) return { enum: [...type] };
  if (LIST in type) return { type: 'array', items: schemaOf((type as { [LIST]: Type })[LIST]), default: [] };
  const properties: Schema = {};
  const required: string[] = [];
  for (const [key, fieldType] of Object.entries(type as Shape)) {
    const name = key.replace(/[!=]$/, '');
    properties[name] = { ...schemaOf(fieldType), ...(key.endsWith('=') && { default: (fieldType as string[])[0] }) };
    if (key.endsWith('!')) required.push(name);
  }
  return { type: 'object', ...(required.length > 0 && { required }), properties };
}

export function feedSchema(): Schema {
  const $defs: Schema = Object.fromEntries(Object.entries(LEAVES).map(([leaf, schema]) => [defName(leaf as Scalar), schema]));
  for (const name of COLLECTIONS) {
    $defs[ITEM_DEFS[name]] = schemaOf(ITEM_SHAPES[name]);
    $defs[`${name}Document`] = {
      description: `A collection file: ${name}.json.`,
      type: 'object',
      required: ['version', 'items'],
      properties: {
        version: { const: 1 },
        generatedAt: ref('date'),
        items: { type: 'array', items: ref(ITEM_DEFS[name]) },
      },
    };
  }
  $defs.index = {
    description: 'index.json: the feed entry point.',
    type: 'object',
    required: ['feed', 'version', 'lab', 'collections'],
    properties: {
      feed: { const: 'living-lab' },
      version: { const: 1 },
      generatedAt: ref('date'),
      lab: schemaOf(LAB_SHAPE),
      collections: {
        type: 'object',
        properties: Object.fromEntries(
          COLLECTIONS.map((name) => [
            name,
            {
              description: 'A URL relative to index.json, or the items inline.',
              oneOf: [{ type: 'string', format: 'uri-reference' }, { type: 'array', items: ref(ITEM_DEFS[name]) }],
            },
          ]),
        ),
      },
    },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:living-lab:feed:v1',
    title: 'Living-lab feed, version 1',
    description:
      'index.json and the collection files of a living-lab feed (see DESIGN.md, "The feed"). Generated from packages/data/src/validate/shapes.ts by packages/data/scripts/write-schema.js: do not edit by hand.',
    anyOf: [ref('index'), ...COLLECTIONS.map((name) => ref(`${name}Document`))],
    $defs,
  };
}

/** The committed file's exact text. */
export const feedSchemaText = (): string => JSON.stringify(feedSchema(), null, 2) + '\n';
