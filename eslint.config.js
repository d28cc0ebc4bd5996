import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'playwright-report', 'test-results', 'coverage'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y-x': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      // The key must never reach the console (SPEC §4).
      'no-console': 'error',
    },
  },
  {
    // Only the adapter talks to the network and imports the SDK.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/deepseek/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['openai'], patterns: ['openai/*'] }],
      'no-restricted-globals': ['error', 'fetch', 'localStorage', 'sessionStorage', 'indexedDB'],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'openai'],
          // The domain returns codes and data; UI text lives in src/i18n.
          patterns: ['react/*', 'openai/*', '**/i18n/**'],
        },
      ],
    },
  },
);
