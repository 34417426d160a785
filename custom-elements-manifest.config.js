// The manifest is the one source for Storybook's API tables (and, later, framework wrappers).
export default {
  globs: ['packages/elements/src/**/*.component.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: 'packages/elements',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
