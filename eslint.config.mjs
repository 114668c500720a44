// ESLint flat config: typescript-eslint (type-aware), Next's rules, the import direction of the architecture,
// drizzle's guards against unfiltered writes, and env read in one module. `npm run lint` runs it with zero warnings.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';
import drizzle from 'eslint-plugin-drizzle';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Imports run one way: app → graphql → lib/services → lib/domain; lib/services → db (graphql's loaders and
// context read db too). Paths are matched after resolving, so `@/db/...` and `../../db/...` are the same import.
const BOUNDARY_ZONES = [
  {
    target: './lib/domain',
    from: ['./app', './graphql', './lib', './db', './tests', './bench'],
    except: ['./domain'],
    message: 'lib/domain holds pure rules: it imports nothing of ours outside lib/domain.',
  },
  {
    target: './db',
    from: ['./app', './graphql', './lib/services'],
    message: 'db/ knows no GraphQL, no use case and no page.',
  },
  {
    target: './lib',
    from: ['./app', './graphql'],
    message: 'lib/ sits below GraphQL and the pages: it never imports them.',
  },
  {
    target: './graphql',
    from: './app',
    message: 'graphql/ sits below the pages: it never imports app/.',
  },
  {
    target: './app',
    from: './db',
    message: 'Pages and route handlers reach data through GraphQL or a service (lib/services), never db/ directly.',
  },
];

// process.env is read in the env module only; tests, benchmarks, scripts and tool configs read it directly.
const NO_PROCESS_ENV = [
  'error',
  { object: 'process', property: 'env', message: 'Read settings from the env module (lib/env.ts), which validates them once.' },
];
const MAY_READ_PROCESS_ENV = ['lib/env.ts', 'lib/env/**', 'tests/**', 'bench/**', 'db/seed/**', '*.config.{ts,js,mjs}', 'codegen.ts'];

export default defineConfig([
  globalIgnores([
    '.next/**',
    '.data/**',
    'graphql/generated/**',
    'tests/generated/**',
    'db/migrations/**',
    'bench/results/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
  ...nextVitals,
  ...nextTypescript,
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.{ts,tsx}'] })),
  {
    name: 'project/typescript',
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-unused-expressions': 'error',
      // React's onSubmit/onClick take async handlers; a rejected promise there is handled inside the handler.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // `async` documents a Promise-returning contract (Apollo plugins, stores, senders) even when the body has no await.
      '@typescript-eslint/require-await': 'off',
      // String(form.get(name)) reads text inputs, which FormData never gives as a File.
      '@typescript-eslint/no-base-to-string': ['error', { ignoredTypeNames: ['Error', 'RegExp', 'URL', 'URLSearchParams', 'File'] }],
      // Misfires on template-literal unions such as graphql/policy.ts's `Query.${keyof QueryResolvers & string}`.
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      // Flags the hydration-safe pattern the components use (read browser-only state after mount); not a bug here.
      'react-hooks/set-state-in-effect': 'off',
      // Only says the React Compiler would skip a component (TanStack Table); this app does not run the compiler.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    // Type-aware rules guard the product code; tests and benchmarks read untyped JSON from the API by design,
    // and skipping type information for them keeps the lint run short on two cores.
    name: 'project/tests-and-benchmarks',
    files: ['tests/**', 'bench/**'],
    ...tseslint.configs.disableTypeChecked,
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/no-explicit-any': 'off',
      // Fixtures named use… (useIntegrationWorld) are vitest fixtures, not React hooks.
      'react-hooks/rules-of-hooks': 'off',
    },
  },
  {
    name: 'project/javascript',
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    name: 'project/import-boundaries',
    rules: { 'import/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: BOUNDARY_ZONES }] },
  },
  {
    name: 'project/drizzle',
    plugins: { drizzle },
    rules: {
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
    },
  },
  {
    name: 'project/env-in-one-module',
    ignores: MAY_READ_PROCESS_ENV,
    rules: { 'no-restricted-properties': NO_PROCESS_ENV },
  },
  prettier,
]);
