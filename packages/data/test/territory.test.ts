import { expect } from '@open-wc/testing';
import { REGION_CODES, departmentCodes } from '../src/territories-table.js';
import { departmentOf, isCommuneCode, parseTerritoryFilter, regionOf, territoryMatches } from '../src/territory.js';
import type { Territory } from '../src/types.js';

describe('the department table', () => {
  it('has every metropolitan department, Corsica split in two, and the five overseas departments', () => {
    const metropolitan = Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')).filter((d) => d != '20');
    expect(departmentCodes().sort()).to.deep.equal(
      [...metropolitan, '2A', '2B', '971', '972', '973', '974', '976'].sort(),
    );
  });

  it('has the 18 regions of 2016', () => {
    expect([...REGION_CODES].sort()).to.deep.equal(
      ['01', '02', '03', '04', '06', '11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94'],
    );
    const used = new Set(departmentCodes().map((d) => regionOf(d)));
    expect([...used].sort()).to.deep.equal([...REGION_CODES].sort());
  });

  it('puts departments in their INSEE regions', () => {
    const expected: Record<string, string> = {
      '69': '84', '75': '11', '13': '93', '33': '75', '59': '32', '67': '44', '44': '52', '35': '53', '31': '76', '34': '76',
      '21': '27', '45': '24', '14': '28', '2A': '94', '2B': '94', '971': '01', '972': '02', '973': '03', '974': '04', '976': '06',
      '01': '84', '02': '32', '95': '11', '90': '27', '09': '76', '29': '53', '64': '75', '88': '44', '83': '93', '85': '52',
    };
    for (const [department, region] of Object.entries(expected)) expect(regionOf(department), department).to.equal(region);
    for (const none of ['20', '00', '96', '975', '977', '2C', '6', '690', '']) expect(regionOf(none), none).to.equal(undefined);
  });
});

describe('departmentOf / isCommuneCode', () => {
  it('takes two characters, three overseas, and knows Corsica', () => {
    expect(departmentOf('69123')).to.equal('69');
    expect(departmentOf('2A004')).to.equal('2A');
    expect(departmentOf('2b033')).to.equal('2B');
    expect(departmentOf('97411')).to.equal('974');
    expect(departmentOf('97502')).to.equal(undefined);
    expect(departmentOf('20004')).to.equal(undefined);
  });

  it('accepts only five-character codes in a known department', () => {
    for (const code of ['69123', '01001', '2A004', '97611']) expect(isCommuneCode(code), code).to.equal(true);
    for (const code of ['6912', '691234', '20004', '96001', '97501', 'AB123', '']) expect(isCommuneCode(code), code).to.equal(false);
  });
});

describe('parseTerritoryFilter', () => {
  it('reads prefixed and bare codes', () => {
    expect(parseTerritoryFilter('commune:69123')).to.deep.equal({ kind: 'commune', code: '69123' });
    expect(parseTerritoryFilter('department:69')).to.deep.equal({ kind: 'department', code: '69' });
    expect(parseTerritoryFilter('region:84')).to.deep.equal({ kind: 'region', code: '84' });
    expect(parseTerritoryFilter('69123')).to.deep.equal({ kind: 'commune', code: '69123' });
    expect(parseTerritoryFilter(' 2a ')).to.deep.equal({ kind: 'department', code: '2A' });
    expect(parseTerritoryFilter('974')).to.deep.equal({ kind: 'department', code: '974' });
    expect(parseTerritoryFilter('Commune:2A004')).to.deep.equal({ kind: 'commune', code: '2A004' });
  });

  it('refuses everything else', () => {
    for (const s of ['', 'lyon', 'city:69123', 'region:69', 'department:99', 'commune:691', '6', '691234', 'region:', '84 69']) {
      expect(parseTerritoryFilter(s), s).to.equal(undefined);
    }
  });
});

describe('territoryMatches', () => {
  const lyon: Territory = { insee: '69123' };
  const villeurbanne: Territory = { insee: '69266' };
  const marseille: Territory = { insee: '13055' };
  const rhone: Territory = { department: '69' };
  const isere: Territory = { department: '38' };
  const ara: Territory = { region: '84' };
  const idf: Territory = { region: '11' };
  const national: Territory = { scope: 'national' };
  const places = { lyon, villeurbanne, marseille, rhone, isere, ara, idf, national };

  // filter -> the places it matches, then the places it matches with localOnly
  const table: [string, (keyof typeof places)[], (keyof typeof places)[]][] = [
    ['commune:69123', ['lyon', 'rhone', 'ara', 'national'], ['lyon']],
    ['department:69', ['lyon', 'villeurbanne', 'rhone', 'ara', 'national'], ['lyon', 'villeurbanne', 'rhone']],
    ['region:84', ['lyon', 'villeurbanne', 'rhone', 'isere', 'ara', 'national'], ['lyon', 'villeurbanne', 'rhone', 'isere', 'ara']],
    ['region:11', ['idf', 'national'], ['idf']],
    ['department:13', ['marseille', 'national'], ['marseille']],
  ];

  for (const [filter, matches, local] of table) {
    it(`${filter} matches ${matches.join(', ')}; local only: ${local.join(', ')}`, () => {
      const f = parseTerritoryFilter(filter)!;
      const matching = (localOnly: boolean) =>
        Object.entries(places).filter(([, t]) => territoryMatches([t], f, localOnly)).map(([name]) => name);
      expect(matching(false)).to.deep.equal(matches);
      expect(matching(true)).to.deep.equal(local);
    });
  }

  it('matches an item with any one of its territories, and an item with none never', () => {
    const f = parseTerritoryFilter('commune:69123')!;
    expect(territoryMatches([marseille, lyon], f, true)).to.equal(true);
    expect(territoryMatches([], f)).to.equal(false);
    expect(territoryMatches([{ insee: '99999' }, { department: '00' }, {} as Territory], f)).to.equal(false);
    expect(territoryMatches([national], { kind: 'region', code: '99' })).to.equal(false);
  });
});
