/**
 * `tsx bench/postgraphile-process.ts DATABASE_URL PORT`: the PostGraphile side of the bench, in
 * a process of its own (a CPU's worth of event loop, like `next start`). Started by
 * bench/postgraphile-server.ts; stops on SIGTERM.
 */
import { createServer } from 'node:http';
import Module, { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// PostGraphile 4 wants graphql 15 and the app has 16 at the top of node_modules, so npm nests
// graphql 15 twice (under postgraphile and graphile-build-pg, each with a graphile-build), and
// graphql-parse-resolve-info finds the app's 16. Copies of graphql refuse each other's types
// ("Unexpected input type"), so in this process every require of graphql or graphile-build
// goes to postgraphile's own copy (the versions are the same: 15.11.0, 4.14.1).
const SECOND = /\/node_modules\/(?:[^/]+\/node_modules\/)?(graphql|graphile-build)\//;
const resolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolveFilename = resolver._resolveFilename;
resolver._resolveFilename = function (this: unknown, request, ...rest) {
  return resolveFilename.call(this, request, ...rest).replace(SECOND, '/node_modules/postgraphile/node_modules/$1/');
};

const { postgraphile } = require('postgraphile') as typeof import('postgraphile');

const [databaseUrl, port] = process.argv.slice(2);
if (!databaseUrl || !port) throw new Error('usage: tsx bench/postgraphile-process.ts DATABASE_URL PORT');

// The generated schema over `public`; no mutations, no GraphiQL, no per-query log. Its pool
// has 10 connections, like the route handler's (db/client.ts).
const middleware = postgraphile({ connectionString: databaseUrl, max: 10 }, 'public', {
  disableDefaultMutations: true,
  graphiql: false,
  disableQueryLog: true,
  retryOnInitFail: false,
});
const server = createServer(middleware).listen(Number(port), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
