// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '.fulcrum/**', 'coverage/**', 'bench-results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  // Package boundaries (STYLE.md § 3): lint errors, not wishes.
  {
    files: ['core/src/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['node:*', '@fulcrum/*', '../../server/*', '../../web/*', '../../cli/*'],
          message: 'core is pure: no I/O, no other package.',
        },
      ]),
    },
  },
  {
    files: ['server/src/db/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/commands/**', '**/http/**'],
          message: 'db must not depend on commands or http.',
        },
      ]),
    },
  },
  {
    files: ['server/src/commands/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/http/**'], message: 'commands must not depend on http.' },
      ]),
    },
  },
  {
    files: ['web/src/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['@fulcrum/server', '@fulcrum/server/*', '**/server/**'],
          message: 'web talks to the server only over HTTP.',
        },
      ]),
    },
  },
  {
    files: ['cli/src/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/http/**', '@fulcrum/server/src/*'],
          message: 'the CLI uses server commands and db, never http.',
        },
      ]),
    },
  },
  {
    // Tests read loosely typed JSON bodies.
    files: ['**/*.test.ts', '**/*.spec.ts', 'server/src/test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
