import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { shadowCss } from '../src/css.js';
import { packedShadowCss } from '../src/generated/shadow-css.js';
import { tokenStyles } from '../src/lit.js';
import { pack, unpack } from '../src/pack.js';
import type { TokenName } from '../src/tokens.js';
import { readTokenNames } from '../src/usage.js';
import { cleanUp, themeChoiceMismatches } from './helpers.js';

interface Source {
  path: string;
  text: string;
}
const listSources = (dir: string, ext: string) => executeServerCommand<Source[], { dir: string; ext: string }>('list-sources', { dir, ext });

describe('the shadow stylesheet elements ship (src/generated/shadow-css.ts)', () => {
  afterEach(cleanUp);

  it('is what `npm run tokens` makes now of the token source and of the tokens packages/elements/src reads', async () => {
    const elements = await listSources('packages/elements/src', '.ts');
    const fresh = shadowCss({ names: readTokenNames(elements.map((source) => source.text)) });
    const shipped = unpack(packedShadowCss);
    const stale = 'src/generated/shadow-css.ts is stale: run `npm run tokens`';
    // Declarations and selectors first, for a readable difference; then the whole text, order included.
    const pieces = (css: string) => css.split(/(?<=[{};])/);
    const [before, now] = [pieces(shipped), pieces(fresh)];
    expect({ missing: now.filter((p) => !before.includes(p)), extra: before.filter((p) => !now.includes(p)) }, stale).to.deep.equal({ missing: [], extra: [] });
    expect(shipped, stale).to.equal(fresh);
  });

  it('is what tokenStyles puts in shadow roots', () => {
    expect(tokenStyles.cssText).to.equal(unpack(packedShadowCss));
  });

  it('picks the theme that should win in every combination of OS, own and inherited theme', async () => {
    expect(await themeChoiceMismatches(tokenStyles.cssText)).to.deep.equal([]);
  });

  it('packs every stylesheet shadowCss() makes, and unpacks it unchanged', () => {
    const subsets: Array<TokenName[] | undefined> = [undefined, [], ['card-background'], ['color-text', 'motion-duration', 'card-min-height']];
    for (const names of subsets) {
      const css = shadowCss({ names });
      const packed = pack(css);
      expect(unpack(packed)).to.equal(css);
      expect(packed.length).to.be.lessThan(css.length);
    }
    expect(pack(shadowCss()).length, 'packing the whole stylesheet').to.be.lessThan(shadowCss().length / 2);
    expect(() => pack(shadowCss({ compact: false }))).to.throw(/cannot be packed/);
  });

  it('reaches elements without the token source: @living-lab/tokens/lit imports none of it', async () => {
    const files = new Map((await listSources('packages/tokens/src', '.ts')).map((source) => [source.path, source.text]));
    // Value imports and re-exports only: `import type` is erased.
    const IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+'(\.[^']+)\.js'/gm;
    const reached = new Set<string>();
    const visit = (path: string) => {
      if (reached.has(path)) return;
      reached.add(path);
      const text = files.get(path);
      expect(text, path).to.be.a('string');
      for (const [, relative] of text!.matchAll(IMPORT)) visit(new URL(`${relative}.ts`, `file:///${path}`).pathname.slice(1));
    };
    visit('packages/tokens/src/lit.ts');
    expect(reached).to.include('packages/tokens/src/generated/shadow-css.ts');
    const source = ['tokens.ts', 'resolve.ts', 'css.ts', 'index.ts'].map((file) => `packages/tokens/src/${file}`);
    expect([...reached].filter((path) => source.includes(path))).to.deep.equal([]);
  });
});
