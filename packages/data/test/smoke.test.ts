import { expect } from '@open-wc/testing';
import { DOMAINS } from '../src/types.js';
describe('smoke', () => { it('loads types', () => { expect(DOMAINS).to.include('health'); }); });
