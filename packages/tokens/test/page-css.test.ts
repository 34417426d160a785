import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { contrastRatio, parseColor, relativeLuminance } from '../src/contrast.js';
import { pageCss } from '../src/css.js';
import { resolveTheme } from '../src/resolve.js';
import { addPageStyle, cleanUp, customProperty, mount, resolvedColor } from './helpers.js';

const surface = (el: Element) => resolvedColor(el, '--ll-color-surface', 'background-color');
const same = (a: string, b: string) => expect(parseColor(a)).to.deep.equal(parseColor(b));
const px = (el: Element, property: string) => {
  const probe = document.createElement('span');
  probe.style.setProperty('outline', `var(${property}) solid`);
  el.append(probe);
  const width = parseFloat(getComputedStyle(probe).outlineWidth);
  probe.remove();
  return width;
};

describe('tokens.css on a host page', () => {
  afterEach(async () => {
    document.documentElement.removeAttribute('data-ll-theme');
    await executeServerCommand('emulate-forced-colors', { active: false });
    await cleanUp();
  });

  it('is light when nothing asks otherwise', () => {
    addPageStyle(pageCss());
    const el = mount('<div></div>');
    same(surface(el), resolveTheme('light')['color-surface']);
    same(resolvedColor(el, '--ll-color-text'), resolveTheme('light')['color-text']);
  });

  it('gives each theme its own character', () => {
    addPageStyle(pageCss());
    const scope = (theme: string) => mount(`<div data-ll-theme="${theme}"></div>`);
    const [light, dark, contrast, gov] = ['light', 'dark', 'high-contrast', 'fr-gov'].map(scope) as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];

    expect(relativeLuminance(surface(light))).to.be.greaterThan(0.9);
    expect(relativeLuminance(surface(dark)), 'dark surface').to.be.lessThan(0.05);
    expect(relativeLuminance(resolvedColor(dark, '--ll-color-text')), 'dark text').to.be.greaterThan(0.7);

    const hcBorder = contrastRatio(resolvedColor(contrast, '--ll-color-border'), surface(contrast));
    expect(hcBorder, 'high-contrast borders').to.be.at.least(7);
    expect(contrastRatio(resolvedColor(light, '--ll-color-border'), surface(light))).to.be.lessThan(hcBorder);
    expect(px(contrast, '--ll-focus-ring-width')).to.be.greaterThan(px(light, '--ll-focus-ring-width'));
    expect(customProperty(contrast, '--ll-shadow-sm')).to.equal('none');

    same(resolvedColor(gov, '--ll-color-accent'), '#000091');
    same(resolvedColor(gov, '--ll-color-danger'), '#e1000f');
    expect(customProperty(gov, '--ll-font-family')).to.match(/^Marianne, arial, sans-serif$/);
    expect(customProperty(light, '--ll-font-family')).not.to.contain('Marianne');
    expect(px(gov, '--ll-radius-lg')).to.be.lessThan(px(light, '--ll-radius-lg'));
  });

  it('follows prefers-color-scheme: dark when no theme is forced', async () => {
    addPageStyle(pageCss());
    const el = mount('<div></div>');
    await emulateMedia({ colorScheme: 'dark' });
    same(surface(el), resolveTheme('dark')['color-surface']);
    expect(customProperty(document.documentElement, '--ll-color-scheme')).to.equal('dark');
  });

  it('lets a forced light theme win over the OS asking for dark, on any ancestor or on the root', async () => {
    addPageStyle(pageCss());
    await emulateMedia({ colorScheme: 'dark' });
    const forced = mount('<section data-ll-theme="light"><div><p></p></div></section>');
    same(surface(forced.querySelector('p')!), resolveTheme('light')['color-surface']);

    const loose = mount('<div></div>');
    same(surface(loose), resolveTheme('dark')['color-surface']);
    document.documentElement.setAttribute('data-ll-theme', 'light');
    same(surface(loose), resolveTheme('light')['color-surface']);
  });

  it('accepts a .ll-theme-* class instead of the attribute', () => {
    addPageStyle(pageCss());
    same(surface(mount('<div class="ll-theme-dark"></div>')), resolveTheme('dark')['color-surface']);
  });

  it('lets the innermost scope win, and a forced theme resets everything the outer one changed', () => {
    addPageStyle(pageCss());
    const outer = mount('<div data-ll-theme="fr-gov"><div data-ll-theme="dark"><i></i></div><div data-ll-theme="light"><b></b></div></div>');
    same(surface(outer.querySelector('i')!), resolveTheme('dark')['color-surface']);
    expect(customProperty(outer.querySelector('b')!, '--ll-font-family')).to.equal(resolveTheme('light')['font-family']);
    expect(customProperty(outer.querySelector('b')!, '--ll-radius-lg')).to.equal(resolveTheme('light')['radius-lg']);
  });

  it("loses to the page's own rules whatever the order, being in a cascade layer", () => {
    addPageStyle(':root { --ll-color-accent: rgb(1, 2, 3) } [data-ll-theme="dark"] { --ll-color-link: rgb(4, 5, 6) }');
    addPageStyle(pageCss());
    expect(resolvedColor(document.body, '--ll-color-accent')).to.equal('rgb(1, 2, 3)');
    expect(resolvedColor(mount('<div data-ll-theme="dark"></div>'), '--ll-color-link')).to.equal('rgb(4, 5, 6)');
  });

  it('stops motion when the reader asks for reduced motion, in every theme', async () => {
    addPageStyle(pageCss());
    const el = mount('<div data-ll-theme="fr-gov"></div>');
    const duration = () => {
      el.style.transitionDuration = 'var(--ll-motion-duration)';
      return getComputedStyle(el).transitionDuration;
    };
    expect(duration()).to.equal('0.15s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(duration()).to.equal('0s');
  });

  it('hands every colour to the system under forced colours, in every theme', async () => {
    addPageStyle(pageCss());
    const el = mount('<div data-ll-theme="dark"></div>');
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(customProperty(el, '--ll-color-link')).to.equal('LinkText');
    expect(customProperty(el, '--ll-color-surface')).to.equal('Canvas');
    expect(customProperty(el, '--ll-color-border')).to.equal('CanvasText');
  });

  it('declares custom properties only: it never styles the page itself', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(pageCss());
    const properties: string[] = [];
    const visit = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) properties.push(...Array.from(rule.style));
        if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
      }
    };
    visit(sheet.cssRules);
    expect(properties.length).to.be.greaterThan(100);
    expect(properties.filter((p) => !p.startsWith('--ll-'))).to.deep.equal([]);
  });

  it('makes a single-theme file whose root theme ignores the OS', async () => {
    addPageStyle(pageCss({ base: 'fr-gov', autoDark: false }));
    await emulateMedia({ colorScheme: 'dark' });
    const el = mount('<div></div>');
    same(resolvedColor(el, '--ll-color-accent'), '#000091');
    same(surface(mount('<div data-ll-theme="dark"></div>')), resolveTheme('dark')['color-surface']);
  });
});
