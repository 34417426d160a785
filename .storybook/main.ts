import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The sample feed (built by `npm run feed`) and the stories' images are served by Storybook
  // itself, so no story reaches outside.
  staticDirs: [
    { from: '../demo/public', to: '/' },
    { from: '../stories/assets', to: '/assets' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Our packages resolve to their TypeScript sources, as in the tests and the demo.
  viteFinal: (vite) => ({
    ...vite,
    resolve: { ...vite.resolve, conditions: ['source', 'browser', 'module', 'import', 'default'] },
    optimizeDeps: {
      ...vite.optimizeDeps,
      include: [...(vite.optimizeDeps?.include ?? []), 'lit', 'lit/decorators.js', 'lit/directive-helpers.js', '@lit/context'],
    },
  }),
};
export default config;
