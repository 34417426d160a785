import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { publicProperty, tokenNames } from '../src/resolve.js';
import { tokenStyles } from '../src/lit.js';
import { publicReadsOnHost, readTokenNames, tokenReads, undefinedTokenReads, unreadTokens } from '../src/usage.js';
import { attachTokenShadow, cleanUp, mount, resolvedTokens } from './helpers.js';

interface Source {
  path: string;
  text: string;
}
const listSources = (dir: string, ext: string) => executeServerCommand<Source[], { dir: string; ext: string }>('list-sources', { dir, ext });
const exists = async (path: string) => (await executeServerCommand<{ exists: boolean }, { path: string }>('path-exists', { path })).exists;

const ELEMENTS = 'packages/elements/src';

describe('token reads in element sources', () => {
  it('flags a property no token defines, a primitive, and a misspelt private twin', () => {
    const fixture = `css\`
      .card { color: var(--ll-nope); background: var(--ll-card-background); }
      .swatch { color: var( --ll-ref-blue-700 ) }
      :host { color: var(--_ll-color-txt); border-color: var(--_ll-color-border); }\``;
    expect(tokenReads(fixture).map((read) => read.property)).to.deep.equal([
      '--ll-nope',
      '--ll-card-background',
      '--ll-ref-blue-700',
      '--_ll-color-txt',
      '--_ll-color-border',
    ]);
    expect(undefinedTokenReads(fixture)).to.deep.equal(['--ll-nope', '--ll-ref-blue-700', '--_ll-color-txt']);
    expect(undefinedTokenReads('.a { color: var(--ll-color-text) }')).to.deep.equal([]);
  });

  it('flags public reads in rules on the host itself, but not in rules inside the shadow tree', () => {
    const fixture = `css\`
      /* :host { color: var(--ll-in-a-comment) } */
      :host { display: block; color: var(--ll-color-text); }
      :host([variant='full']) .card, .other { color: var(--ll-card-text); }
      @media (hover: hover) { :host(:hover)::before { color: var(--_ll-color-link); } }
      .x, :host([hidden]) { outline-color: var(--ll-color-focus); }
    \``;
    expect(publicReadsOnHost(fixture)).to.deep.equal([
      { selector: ':host', property: '--ll-color-text' },
      { selector: ':host([hidden])', property: '--ll-color-focus' },
    ]);
  });

  it('lists the tokens read, in source order, for the shipped stylesheet', () => {
    const read = readTokenNames(['.a { gap: var(--ll-card-gap) } :host { color: var(--_ll-color-text); x: var(--ll-nope) }']);
    expect(read).to.deep.equal(['color-text', 'card-gap']);
  });

  it('lists the tokens nothing reads', () => {
    const unread = unreadTokens(['.a { color: var(--ll-color-text) } :host { gap: var(--_ll-card-gap) }']);
    expect(unread).not.to.include('color-text');
    expect(unread).not.to.include('card-gap');
    expect(unread).to.include('card-background');
  });

  it('reads files through the server, only inside the repository', async () => {
    const own = await listSources('packages/tokens/src', '.ts');
    expect(own.map((s) => s.path)).to.include('packages/tokens/src/usage.ts');
    expect(own.find((s) => s.path.endsWith('usage.ts'))!.text).to.contain('publicReadsOnHost');
    expect(await listSources('packages/no-such-package', '.ts')).to.deep.equal([]);
    let refused: unknown;
    await listSources('../..', '.ts').catch((error: unknown) => (refused = error));
    expect(String(refused)).to.match(/outside the repository/);
  });

  describe(`in ${ELEMENTS}`, () => {
    afterEach(cleanUp);
    let sources: Source[] = [];
    before(async () => {
      sources = (await exists(ELEMENTS)) ? await listSources(ELEMENTS, '.ts') : [];
    });

    it('reads at least one element source once the folder exists', async () => {
      if (!(await exists(ELEMENTS))) return;
      expect(sources.length, `no .ts file read under ${ELEMENTS}`).to.be.greaterThan(0);
    });

    it('reads only --ll-* properties that a token defines and that the shipped shadow stylesheet resolves', () => {
      const problems = sources.flatMap(({ path, text }) => undefinedTokenReads(text).map((property) => `${path}: ${property}`));
      expect(problems, 'undefined token (add it to packages/tokens/src/tokens.ts or fix the name)').to.deep.equal([]);
      // What tokenStyles really resolves in a shadow root, on the host and inside.
      const host = mount('<div></div>');
      const shipped = resolvedTokens(host, attachTokenShadow(host, tokenStyles.cssText).inner);
      const missing = sources.flatMap(({ path, text }) => undefinedTokenReads(text, shipped).map((property) => `${path}: ${property}`));
      expect(missing, 'read by an element but missing from src/generated/shadow-css.ts (run `npm run tokens`)').to.deep.equal([]);
    });

    it('reads the private --_ll-* twin in rules on the host itself', () => {
      const problems = sources.flatMap(({ path, text }) =>
        publicReadsOnHost(text).map(({ selector, property }) => `${path}: ${selector} reads ${property}, use ${property.replace('--ll-', '--_ll-')}`),
      );
      expect(problems).to.deep.equal([]);
    });
  });
});

describe('the tokens README', () => {
  it('documents every public custom property', async () => {
    const [readme] = (await listSources('packages/tokens', '.md')).filter((s) => s.path === 'packages/tokens/README.md');
    expect(readme, 'packages/tokens/README.md').to.exist;
    const undocumented = tokenNames.map(publicProperty).filter((property) => !new RegExp(`${property}(?![\\w-])`).test(readme!.text));
    expect(undocumented).to.deep.equal([]);
  });
});
