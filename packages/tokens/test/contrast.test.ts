import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { contrastRatio, parseColor, relativeLuminance } from '../src/contrast.js';
import { pageCss } from '../src/css.js';
import { publicProperty, resolveTheme } from '../src/resolve.js';
import { minimumContrast, textPairs, themeNames, type ThemeName } from '../src/tokens.js';
import { addPageStyle, attachTokenShadow, cleanUp, mount, resolvedColor } from './helpers.js';

describe('contrast helper', () => {
  it('gives the WCAG reference values', () => {
    expect(contrastRatio('#000', '#fff')).to.equal(21);
    expect(contrastRatio('#777777', '#777777')).to.equal(1);
    // #767676 is the well-known lightest grey that passes AA on white; #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).to.be.greaterThan(4.5);
    expect(contrastRatio('#777777', '#ffffff')).to.be.lessThan(4.5);
    expect(relativeLuminance('#ffffff')).to.equal(1);
  });

  it('does not care which colour is the foreground', () => {
    expect(contrastRatio('#1f4bb3', '#ffffff')).to.equal(contrastRatio('#ffffff', '#1f4bb3'));
  });

  it('reads the colour syntaxes getComputedStyle returns, and refuses translucency', () => {
    expect(parseColor('rgb(31, 75, 179)')).to.deep.equal([31, 75, 179]);
    expect(parseColor('rgba(31, 75, 179, 1)')).to.deep.equal([31, 75, 179]);
    expect(parseColor('#abc')).to.deep.equal([0xaa, 0xbb, 0xcc]);
    expect(() => parseColor('rgba(0, 0, 0, 0)')).to.throw(/Translucent/);
    expect(() => parseColor('tomato')).to.throw(/Unsupported/);
  });
});

/** Every failing pair of a theme, as readable lines, from a function that gives a pair's two colours. */
function failures(theme: ThemeName, colours: (pair: (typeof textPairs)[number]) => [string, string]): string[] {
  return textPairs.flatMap((pair) => {
    const [fg, bg] = colours(pair);
    const ratio = contrastRatio(fg, bg);
    const needed = minimumContrast(pair.use, theme);
    return ratio >= needed ? [] : [`${theme}: ${pair.foreground} on ${pair.background} is ${ratio.toFixed(2)}:1, needs ${needed}:1`];
  });
}

describe('every text/background pair of every theme', () => {
  afterEach(cleanUp);

  for (const theme of themeNames) {
    it(`${theme}: meets its contrast minimum in the token source`, () => {
      const values = resolveTheme(theme);
      expect(failures(theme, (pair) => [values[pair.foreground], values[pair.background]])).to.deep.equal([]);
    });

    it(`${theme}: meets it as painted by tokens.css and the shadow stylesheet in Chromium`, () => {
      addPageStyle(pageCss());
      const host = mount(`<div data-ll-theme="${theme}"><span></span></div>`).firstElementChild!;
      const { inner } = attachTokenShadow(host);
      const values = resolveTheme(theme);
      const painted = (pair: (typeof textPairs)[number]): [string, string] => [
        resolvedColor(inner, publicProperty(pair.foreground), 'color'),
        resolvedColor(inner, publicProperty(pair.background), 'background-color'),
      ];
      expect(failures(theme, painted)).to.deep.equal([]);
      // The browser must have painted this theme, not some other colours that happen to pass.
      for (const pair of textPairs) {
        const [fg, bg] = painted(pair);
        expect(parseColor(fg), pair.foreground).to.deep.equal(parseColor(values[pair.foreground]));
        expect(parseColor(bg), pair.background).to.deep.equal(parseColor(values[pair.background]));
      }
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: meets it from the shadow stylesheet alone, with no tokens.css on the page`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const { inner } = attachTokenShadow(mount('<div></div>'));
      const values = resolveTheme(scheme);
      const painted = (pair: (typeof textPairs)[number]): [string, string] => [
        resolvedColor(inner, publicProperty(pair.foreground)),
        resolvedColor(inner, publicProperty(pair.background), 'background-color'),
      ];
      expect(failures(scheme, painted)).to.deep.equal([]);
      for (const pair of textPairs) expect(parseColor(painted(pair)[1])).to.deep.equal(parseColor(values[pair.background]));
    });
  }
});
