import { expect } from '@open-wc/testing';
import { COLLECTIONS, type DataWarning } from '../src/types.js';
import { feedSchemaText } from '../src/validate/json-schema.js';
import { validateItem } from '../src/validate/item.js';
import { VALID, variant } from './validate-fixtures.js';

const DEFS = { projects: 'project', organizations: 'organization', talent: 'talentCall', events: 'event' } as const;

interface ObjectSchema {
  required: string[];
  properties: Record<string, { enum?: string[]; default?: unknown }>;
}

describe('the committed JSON Schema', () => {
  let committed: string;
  before(async () => {
    const response = await fetch('/packages/data/schema/feed-v1.schema.json');
    expect(response.ok).to.equal(true);
    committed = await response.text();
  });

  it('is what the validator shapes generate (run `node packages/data/scripts/write-schema.js` after changing them)', () => {
    expect(committed).to.equal(feedSchemaText());
  });

  it('is a draft 2020-12 schema for index.json and every collection document', () => {
    const schema = JSON.parse(committed);
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.anyOf.map((r: { $ref: string }) => r.$ref)).to.deep.equal([
      '#/$defs/index', ...COLLECTIONS.map((c) => `#/$defs/${c}Document`),
    ]);
    expect(schema.$defs.index.required).to.deep.equal(['feed', 'version', 'lab', 'collections']);
  });

  describe('agrees with the validator', () => {
    for (const c of COLLECTIONS) {
      it(`on ${c}: the schema's fields, required fields, enums and defaults`, () => {
        const def = JSON.parse(committed).$defs[DEFS[c]] as ObjectSchema;
        expect(Object.keys(def.properties).sort()).to.deep.equal(Object.keys(VALID[c]).sort());
        for (const field of def.required) {
          expect(validateItem(c, variant(VALID[c], { [field]: undefined }), 0, () => {}), `without ${field}`).to.equal(undefined);
        }
        for (const [field, property] of Object.entries(def.properties)) {
          if (!property.enum) continue;
          for (const value of property.enum) {
            expect(validateItem(c, variant(VALID[c], { [field]: value }), 0, () => {}), `${field}: ${value}`).to.have.property(field, value);
          }
          const warnings: DataWarning[] = [];
          validateItem(c, variant(VALID[c], { [field]: 'not-in-the-enum' }), 0, (w) => warnings.push(w));
          expect(warnings, field).to.have.length(1);
          if ('default' in property) {
            expect(validateItem(c, variant(VALID[c], { [field]: undefined }), 0, () => {}), field).to.have.property(field, property.default);
          }
        }
      });
    }
  });
});
