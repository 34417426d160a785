import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { parseColor } from '../src/contrast.js';
import { pageCss, shadowCss, shadowTokenNames } from '../src/css.js';
import { privateProperty, publicProperty, resolveTheme, tokenNames } from '../src/resolve.js';
import { themeNames, type TokenName } from '../src/tokens.js';
import {
  addPageStyle,
  attachTokenShadow,
  cleanUp,
  customProperty,
  mount,
  resolvedColor,
  resolvedTokens,
  themeChoiceMismatches,
} from './helpers.js';

const same = (a: string, b: string) => expect(parseColor(a)).to.deep.equal(parseColor(b));
const cardBackground = (el: Element) => resolvedColor(el, '--ll-card-background', 'background-color');

describe('the shadow-root token stylesheet', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-forced-colors', { active: false });
    await cleanUp();
  });

  it('gives the light theme inside the shadow tree with no tokens.css on the page', () => {
    const host = mount('<div></div>');
    const { inner } = attachTokenShadow(host);
    same(cardBackground(inner), resolveTheme('light')['card-background']);
    same(resolvedColor(inner, '--ll-metric-value-color'), resolveTheme('light')['metric-value-color']);
    expect(customProperty(inner, '--ll-card-padding')).to.equal('1rem');
    // On the host itself only the private twin holds the token.
    expect(customProperty(host, privateProperty('color-text'))).to.equal(resolveTheme('light')['color-text']);
    expect(customProperty(host, publicProperty('color-text'))).to.equal('');
  });

  it('resolves and republishes every semantic and component token', () => {
    const host = mount('<div></div>');
    const { inner } = attachTokenShadow(host);
    const missing = tokenNames.filter((name) => !customProperty(host, privateProperty(name)) || !customProperty(inner, publicProperty(name)));
    expect(missing).to.deep.equal([]);
  });

  it('follows prefers-color-scheme: dark, and color-scheme follows the theme', async () => {
    const host = mount('<div></div>');
    const { inner } = attachTokenShadow(host);
    await emulateMedia({ colorScheme: 'dark' });
    same(cardBackground(inner), resolveTheme('dark')['card-background']);
    expect(getComputedStyle(host).colorScheme).to.equal('dark');
  });

  it("lets the element's own data-ll-theme or .ll-theme-* class win over the OS", async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const byAttribute = mount('<div data-ll-theme="light"></div>');
    same(cardBackground(attachTokenShadow(byAttribute).inner), resolveTheme('light')['card-background']);
    const byClass = mount('<div class="ll-theme-fr-gov"></div>');
    same(resolvedColor(attachTokenShadow(byClass).inner, '--ll-color-accent'), '#000091');
  });

  it('applies the inherited theme, and the element\'s own attribute over it', () => {
    const inherited = mount('<div data-ll-inherited-theme="high-contrast"></div>');
    same(resolvedColor(attachTokenShadow(inherited).inner, '--ll-color-border'), '#000000');
    const both = mount('<div data-ll-inherited-theme="dark" data-ll-theme="fr-gov"></div>');
    same(resolvedColor(attachTokenShadow(both).inner, '--ll-color-accent'), '#000091');
  });

  it("takes the page's values from any ancestor, at the semantic and at the component tier", () => {
    const outer = mount('<div style="--ll-color-surface-raised: rgb(1, 2, 3); --ll-tag-text: rgb(4, 5, 6)"><div></div></div>');
    const { inner } = attachTokenShadow(outer.firstElementChild!);
    // The card background defaults to the surface the page changed, so it follows it.
    expect(cardBackground(inner)).to.equal('rgb(1, 2, 3)');
    expect(resolvedColor(inner, '--ll-tag-text')).to.equal('rgb(4, 5, 6)');
    same(resolvedColor(inner, '--ll-color-tag-text'), resolveTheme('light')['color-tag-text']);
  });

  it('switches with an ancestor data-ll-theme and no script at all when the page has tokens.css', () => {
    addPageStyle(pageCss());
    const outer = mount('<div data-ll-theme="dark"><div></div></div>');
    same(cardBackground(attachTokenShadow(outer.firstElementChild!).inner), resolveTheme('dark')['card-background']);
  });

  it('passes its theme on to slotted content and to elements nested in its shadow tree', () => {
    const host = mount('<div data-ll-theme="dark"><p></p></div>');
    const { inner } = attachTokenShadow(host);
    inner.append(document.createElement('slot'));
    same(resolvedColor(host.querySelector('p')!, '--ll-color-surface', 'background-color'), resolveTheme('dark')['color-surface']);
    const nested = document.createElement('div');
    inner.append(nested);
    same(cardBackground(attachTokenShadow(nested).inner), resolveTheme('dark')['card-background']);
  });

  it('stops motion under prefers-reduced-motion even when the page asks for some', async () => {
    addPageStyle(':root { --ll-motion-duration: 300ms }');
    const host = mount('<div></div>');
    const { inner } = attachTokenShadow(host);
    inner.style.transitionDuration = 'var(--ll-motion-duration)';
    expect(getComputedStyle(inner).transitionDuration).to.equal('0.3s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(inner).transitionDuration).to.equal('0s');
  });

  it('uses system colours under forced colours, over any forced theme', async () => {
    const host = mount('<div data-ll-theme="dark"></div>');
    const { inner } = attachTokenShadow(host);
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(customProperty(inner, '--ll-color-surface')).to.equal('Canvas');
    expect(customProperty(inner, '--ll-card-background')).to.equal('Canvas');
    expect(customProperty(inner, '--ll-color-focus')).to.equal('Highlight');
  });

  it('picks the theme that should win in every combination of OS, own and inherited theme, for every token', async () => {
    expect(await themeChoiceMismatches(shadowCss())).to.deep.equal([]);
  });

  it("keeps the page's values in a forced or inherited theme", () => {
    const outer = mount('<div style="--ll-color-accent: rgb(1, 2, 3)"><div data-ll-theme="fr-gov"></div><div data-ll-inherited-theme="dark"></div></div>');
    for (const host of outer.children) expect(resolvedColor(attachTokenShadow(host).inner, '--ll-color-accent')).to.equal('rgb(1, 2, 3)');
  });

  it('parses in Chromium without dropping a rule', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(shadowCss());
    const text = [...sheet.cssRules].map((rule) => rule.cssText).join('');
    for (const name of tokenNames) expect(text, name).to.contain(`${privateProperty(name)}:`);
    // :host, the republishing rule, OS dark, the reset to the default theme, one rule per other
    // theme, forced colours, reduced motion.
    expect(sheet.cssRules.length).to.equal(4 + (themeNames.length - 1) + 2);
    const selectors = [...sheet.cssRules].flatMap((rule) => [rule, ...('cssRules' in rule ? [...(rule as CSSGroupingRule).cssRules] : [])]);
    const hostSelectors = selectors.filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule).map((rule) => rule.selectorText);
    for (const theme of themeNames) expect(hostSelectors.join()).to.contain(`:host(.ll-theme-${theme}`);
  });
});

describe('shadowCss() for some tokens only', () => {
  afterEach(cleanUp);

  it('resolves those, the semantic tokens they default to and color-scheme, and nothing else', () => {
    expect(shadowTokenNames(['card-background', 'space-2'])).to.deep.equal(['color-surface-raised', 'color-scheme', 'space-2', 'card-background']);
    const host = mount('<div></div>');
    const { inner } = attachTokenShadow(host, shadowCss({ names: ['card-background', 'space-2'] }));
    expect(resolvedTokens(host, inner)).to.deep.equal(['color-surface-raised', 'color-scheme', 'space-2', 'card-background']);
    expect(getComputedStyle(host).colorScheme).to.equal('light');
  });

  it('picks the right theme in every combination, for a subset too', async () => {
    expect(await themeChoiceMismatches(shadowCss({ names: ['card-radius', 'color-focus', 'motion-duration'] }))).to.deep.equal([]);
  });

  it('writes a value in a theme rule only where that theme differs from the default theme', () => {
    const css = shadowCss();
    const count = (name: TokenName) => css.split(`${privateProperty(name)}:`).length - 1;
    // The default, OS dark, the reset, dark, high-contrast, fr-gov, forced colours.
    expect(count('color-text')).to.equal(7);
    // The default, the reset, fr-gov.
    expect(count('font-family')).to.equal(3);
    expect(count('space-4')).to.equal(1);
    expect(count('card-background')).to.equal(1);
  });
});
