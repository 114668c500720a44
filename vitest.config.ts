import path from 'node:path';
import { defineConfig } from 'vitest/config';

// One graphql-js instance: the CommonJS build that @apollo/server and @graphql-tools load,
// else its "from another module or realm" check refuses to mix their types with ours.
const alias = [
  { find: '@', replacement: path.resolve(__dirname) },
  { find: /^graphql$/, replacement: path.resolve(__dirname, 'node_modules/graphql/index.js') },
];

// Unit tests need nothing; integration tests get a throwaway database from the global setup.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
