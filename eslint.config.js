import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'examples/**/node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The floors of the house: core at the bottom, the checks on it, the hosts (GitHub Actions, CLI) on top.
  // Each floor imports only from the floors below it; only the hosts talk to GitHub through @actions/*.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'The core never imports @actions/*: the hosts (src/hosts/) do.' },
            {
              group: ['**/checks/**', '**/hosts/**', '**/cli/**', '**/actions/**'],
              message: 'The core is the ground floor: it never imports the checks, the hosts or the CLI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/checks/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'Checks never import @actions/*: take what you need from CheckContext.' },
            {
              group: ['**/hosts/**', '**/cli/**', '**/actions/**'],
              message: 'Checks never import the hosts or the CLI: take what you need from CheckContext.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/hosts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/cli/**'], message: 'The GitHub host never imports the CLI.' }] },
      ],
    },
  },
  {
    // The demo app's client bundle runs in a browser.
    files: ['examples/**/public/**/*.js'],
    languageOptions: { globals: { document: 'readonly', window: 'readonly', fetch: 'readonly' } },
  },
);
