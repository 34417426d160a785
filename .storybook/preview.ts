import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json';
import { html } from 'lit';
import '../packages/tokens/tokens.css';
import '@living-lab/elements/all.js';

// The API tables (attributes, properties, events, slots, parts, CSS properties) come from the
// manifest that the analyzer builds out of the elements' JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
          { value: 'fr-gov', title: 'French public service' },
        ],
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', lang: 'fr' },
  decorators: [
    (story, context) => {
      // A story may pin its own theme or language (the dark story, the English story).
      const theme = (context.parameters['theme'] as string | undefined) ?? (context.globals['theme'] as string);
      const lang = (context.parameters['lang'] as string | undefined) ?? (context.globals['lang'] as string);
      return html`<div class="ll-story" data-ll-theme=${theme} lang=${lang}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    // Every story is an axe check in `npm test`: a violation fails the run.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};
export default preview;
