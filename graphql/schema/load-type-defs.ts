import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the SDL lives: the contract's verbatim copy and the project's additions beside it. */
export const SCHEMA_DIR = path.join(process.cwd(), 'graphql', 'schema');

/** The SDL files of the served schema, read once at start. */
export function loadTypeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
}
