// The manifest is the one source for Storybook's API tables (and, later, framework wrappers).
// It documents what a page may use: private and protected members, and statics, stay out.
const dropInternals = {
  name: 'living-lab-drop-internals',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        declaration.members &&= declaration.members.filter(
          (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
        );
      }
    }
  },
};

export default {
  globs: ['packages/elements/src/**/*.component.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: 'packages/elements',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [dropInternals],
};
