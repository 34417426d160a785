import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html, LitElement } from 'lit';
import { tokenStyles, ThemeController } from '../src/lit.js';
import { resolveTheme } from '../src/resolve.js';
import { inheritedTheme, observeThemeScopes } from '../src/theme-scope.js';
import { themeNames, type ThemeName } from '../src/tokens.js';
import { cleanUp, mount, resolvedTokens, themeMismatches } from './helpers.js';

/** The smallest element built the way the library's elements are. */
class TokenProbe extends LitElement {
  static override styles = [tokenStyles];
  readonly theme = new ThemeController(this);
  override render() {
    return html`<div part="box"><slot></slot></div>`;
  }
}
customElements.define('token-probe', TokenProbe);

/** Every token tokenStyles resolves has `theme`'s value, on the host and inside, and those tokens tell the themes apart. */
function isTheme(probe: TokenProbe, theme: ThemeName) {
  const box = probe.shadowRoot!.querySelector('[part=box]')!;
  const names = resolvedTokens(probe, box);
  for (const other of themeNames.filter((name) => name !== theme)) {
    expect(names.some((name) => resolveTheme(other)[name] !== resolveTheme(theme)[name]), `${theme} vs ${other}`).to.equal(true);
  }
  expect(themeMismatches(probe, box, theme, names)).to.deep.equal([]);
}
async function probeIn(parent: Node = mount('<div></div>')): Promise<TokenProbe> {
  const probe = document.createElement('token-probe') as TokenProbe;
  parent.appendChild(probe);
  await probe.updateComplete;
  return probe;
}
// MutationObserver callbacks run as microtasks after the change.
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('ThemeController, for pages without tokens.css', () => {
  afterEach(cleanUp);

  it("applies an ancestor's data-ll-theme to the element", async () => {
    const page = mount('<div data-ll-theme="dark"><section></section></div>');
    const probe = await probeIn(page.firstElementChild!);
    expect(probe.getAttribute('data-ll-inherited-theme')).to.equal('dark');
    isTheme(probe, 'dark');
  });

  it('follows the ancestor when its theme changes or goes away', async () => {
    const page = mount('<div data-ll-theme="dark"></div>');
    const probe = await probeIn(page);
    page.setAttribute('data-ll-theme', 'fr-gov');
    await settle();
    expect(probe.getAttribute('data-ll-inherited-theme')).to.equal('fr-gov');
    page.removeAttribute('data-ll-theme');
    await settle();
    expect(probe.hasAttribute('data-ll-inherited-theme')).to.equal(false);
    page.classList.add('ll-theme-high-contrast');
    await settle();
    isTheme(probe, 'high-contrast');
  });

  it('lets a forced light ancestor win over the OS asking for dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const page = mount('<div data-ll-theme="light"></div>');
    const probe = await probeIn(page);
    isTheme(probe, 'light');
    const free = await probeIn();
    isTheme(free, 'dark');
  });

  it('skips values that are not themes, as CSS does', async () => {
    const page = mount('<div data-ll-theme="fr-gov"><div data-ll-theme="sepia"></div></div>');
    const probe = await probeIn(page.firstElementChild!);
    expect(probe.theme.inherited).to.equal('fr-gov');
  });

  it("finds the theme across shadow roots and through slots, and sees changes inside another element's shadow tree", async () => {
    const outer = mount('<div data-ll-theme="high-contrast"></div>');
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<div class="wrap" data-ll-theme="dark"><slot></slot></div><div class="plain"></div>';
    const nested = document.createElement('token-probe') as TokenProbe;
    root.querySelector('.plain')!.append(nested);
    const slotted = document.createElement('token-probe') as TokenProbe;
    outer.append(slotted);
    await Promise.all([nested.updateComplete, slotted.updateComplete]);

    expect(nested.theme.inherited).to.equal('high-contrast');
    // CSS inherits along the flat tree: the slotted element sits inside the dark wrapper.
    expect(inheritedTheme(slotted)).to.equal('dark');
    expect(slotted.getAttribute('data-ll-inherited-theme')).to.equal('dark');

    root.querySelector('.wrap')!.setAttribute('data-ll-theme', 'fr-gov');
    await settle();
    expect(slotted.getAttribute('data-ll-inherited-theme')).to.equal('fr-gov');
  });

  it('stops listening once every element that asked has gone', async () => {
    const page = mount('<div data-ll-theme="dark"><p></p></div>');
    let calls = 0;
    const stop = observeThemeScopes(page.firstElementChild!, () => calls++);
    page.setAttribute('data-ll-theme', 'light');
    await settle();
    expect(calls).to.equal(1);
    page.className = 'unrelated';
    await settle();
    expect(calls, 'class changes that do not name a theme').to.equal(1);
    stop();
    page.setAttribute('data-ll-theme', 'fr-gov');
    await settle();
    expect(calls).to.equal(1);
  });
});
