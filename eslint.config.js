import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Boundaries come from folders: shared is isomorphic; web and server never import each other;
// a web feature never reaches into another; a server feature reaches another only through its service.
const restrict = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/web/node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': restrict(
        { regex: '^node:', message: 'src/shared runs in the browser too.' },
        { regex: '^react', message: 'src/shared has no UI.' },
        { regex: '/(server|web)/', message: 'src/shared depends on nothing else in src.' },
        { regex: '^(drizzle-orm|pg|@electric-sql)', message: 'src/shared has no database.' },
      ),
    },
  },
  {
    files: ['src/web/**'],
    rules: {
      'no-restricted-imports': restrict(
        { regex: '/server/', message: 'The web app talks to the server through the API only.' },
        { regex: '^node:', message: 'The web app runs in the browser.' },
      ),
    },
  },
  {
    files: ['src/web/features/*/*/**'],
    rules: {
      'no-restricted-imports': restrict(
        { regex: '/server/', message: 'The web app talks to the server through the API only.' },
        { regex: '^\\.\\./\\.\\./(?!\\.\\./)', message: 'A feature does not reach into another feature; move shared code to components or lib.' },
      ),
    },
  },
  {
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': restrict(
        { regex: '/web/', message: 'The server does not import the web app.' },
        { regex: '^react', message: 'The server has no React.' },
      ),
    },
  },
  {
    files: ['src/server/features/**'],
    ignores: ['src/server/features/**/*.test.ts', 'src/server/features/**/*.matrix.ts'],
    rules: {
      'no-restricted-imports': restrict(
        { regex: '/web/', message: 'The server does not import the web app.' },
        { regex: '^\\.\\./[^./][^/]*/[^/]+\\.(repo|routes)$', message: 'Call another feature through its service, not its repo or routes.' },
      ),
    },
  },
);
