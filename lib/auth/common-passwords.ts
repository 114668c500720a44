import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The common and breached passwords of zxcvbn-ts (@zxcvbn-ts/language-common, MIT; about
 * 49,000 entries, lowercase), as a set built on first use: only a password being set needs it.
 */
let common: Set<string> | null = null;

/** True when this spelling (lowercase) is on the list. */
export function isCommonPassword(candidate: string): boolean {
  common ??= new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase()));
  return common.has(candidate);
}
