// Lint rules, including the one-way dependencies between top-level folders:
// client -> (types only) server; server -> tiles; tiles -> nothing of ours; scripts and test are leaves.
import tseslint from 'typescript-eslint';

const restrict = (files, groups) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': ['error', {
      patterns: groups.map(([dir, message, allowTypeImports = false]) => ({
        group: [`**/${dir}/**`, `${dir}/**`], message, allowTypeImports,
      })),
    }],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.corridor/**', 'test-artifacts/**', 'data/demo/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  restrict(['client/**'], [
    ['tiles', 'client code must not import the tile engine'],
    ['scripts', 'scripts are leaves'],
    ['test', 'test is a leaf'],
    // The client may see the server's schemas as types only.
    ['server', 'client imports server schemas as types only (import type)', true],
  ]),
  restrict(['server/**'], [
    ['client', 'the server never imports client code'],
    ['scripts', 'scripts are leaves'],
    ['test', 'test is a leaf'],
  ]),
  restrict(['tiles/**'], [
    ['server', 'the tile engine is handed a database interface; it never imports server code'],
    ['client', 'the tile engine never imports client code'],
    ['scripts', 'scripts are leaves'],
    ['test', 'test is a leaf'],
  ]),
);
