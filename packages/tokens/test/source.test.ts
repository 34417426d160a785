import { expect } from '@open-wc/testing';
import { pageCss, shadowCss } from '../src/css.js';
import {
  componentNames,
  parseReference,
  primitiveProperty,
  primitiveValues,
  privateProperty,
  publicProperty,
  resolveTheme,
  semanticNames,
  themedNames,
} from '../src/resolve.js';
import { component, forcedColors, primitives, reducedMotion, semantic, textPairs, themeNames, themes } from '../src/tokens.js';

describe('the token source', () => {
  it('names every primitive once across its groups', () => {
    const keys = Object.values(primitives).flatMap((group) => Object.keys(group));
    expect(keys.length).to.equal(new Set(keys).size);
    expect(Object.keys(primitiveValues).length).to.equal(keys.length);
  });

  it('never gives a semantic and a component token the same name', () => {
    expect(semanticNames.filter((name) => (componentNames as string[]).includes(name))).to.deep.equal([]);
  });

  it('resolves every reference of every theme to a literal', () => {
    for (const theme of themeNames) {
      for (const [name, value] of Object.entries(resolveTheme(theme))) {
        expect(value, `${theme} ${name}`).to.be.a('string').and.not.match(/^\{|^$/);
      }
    }
    for (const value of [...Object.values(component), ...Object.values(reducedMotion)]) expect(() => parseReference(value)).not.to.throw();
  });

  it('rejects references to nothing', () => {
    expect(() => parseReference('{ref.blue-650}')).to.throw(/Unknown/);
    expect(() => parseReference('{sys.card-background}')).to.throw(/Unknown/);
    expect(() => parseReference('#fff')).to.throw(/Not a token reference/);
  });

  it('overrides only semantic tokens in themes, and marks each such token as themed', () => {
    for (const overrides of Object.values(themes)) {
      for (const name of Object.keys(overrides)) {
        expect(semanticNames, name).to.include(name);
        if ((overrides as Record<string, string>)[name] !== semantic[name as keyof typeof semantic]) expect(themedNames).to.include(name);
      }
    }
    expect(themedNames).to.include('color-surface');
    expect(themedNames).not.to.include('space-4');
  });

  it('gives a system colour to every colour token under forced colours', () => {
    const colours = semanticNames.filter((name) => name.startsWith('color-') && name !== 'color-scheme');
    expect(colours.filter((name) => !(name in forcedColors))).to.deep.equal([]);
  });

  it('checks contrast only between tokens that exist', () => {
    const names = [...semanticNames, ...componentNames] as string[];
    for (const pair of textPairs) expect(names).to.include.members([pair.foreground, pair.background]);
  });

  it('publishes every primitive and semantic token in tokens.css, and every token in the shadow stylesheet', () => {
    const page = pageCss();
    const shadow = shadowCss();
    for (const name of Object.keys(primitiveValues)) expect(page).to.contain(`${primitiveProperty(name as never)}:`);
    for (const name of semanticNames) expect(page).to.contain(`${publicProperty(name)}:`);
    for (const name of [...semanticNames, ...componentNames]) {
      expect(shadow).to.contain(`${privateProperty(name)}:var(${publicProperty(name)},`);
      expect(shadow).to.contain(`${publicProperty(name)}:var(${privateProperty(name)})`);
    }
  });
});
