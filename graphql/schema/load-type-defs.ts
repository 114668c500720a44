import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the SDL lives: one file per area, and the contract's verbatim copy beside them. */
export const SCHEMA_DIR = path.join(process.cwd(), 'graphql', 'schema');

/** The contract copy is what the served schema is checked against, so it is not served. */
export const CONTRACT_FILE = 'contract.graphql';

/** The SDL files of the served schema, read once at start. */
export function loadTypeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql') && file !== CONTRACT_FILE)
    .sort()
    .map((file) => readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
}
