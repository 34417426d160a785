import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'storybook-static/**', 'demo/public/**', 'packages/tokens/tokens.css'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
    settings: { wc: { elementBaseClasses: ['LitElement', 'LivingLabElement'] } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      'wc/guard-super-call': 'off',
      'lit/no-invalid-html': 'error',
      'lit/binding-positions': 'error',
      'lit/no-template-bind': 'error',
    },
  },
);
