// ESLint for kinject's TypeScript: typescript-eslint's type-aware recommended rules, which catch
// real bugs (floating promises, misused promises, unsafe any), with formatting left to Prettier.
// Every rule tuned below says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tap/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // kinject re-implements Go's and YAML's escaping and JSON's grammar, whose patterns match
      // control characters on purpose (`[\u0000-\u001f]` is what needs escaping).
      'no-control-regex': 'off',
      // A leading underscore names a binding left unused on purpose (a key dropped by
      // destructuring, an ignored tuple slot).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  {
    // tap tracks the promise of every `t.test()` itself (a subtest is awaited by its parent),
    // and its callbacks are `async` by convention whether or not they await.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Build and CI scripts run on Node: its globals are there.
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
);
