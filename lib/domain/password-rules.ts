/**
 * What makes a password too easy to guess (ASVS 2.1.7), beside its length: it is on a list
 * of common and breached passwords, or a light variant of one (case, leet digits, digits or
 * symbols around a listed word); it is one character repeated, a short unit repeated, or a
 * run like abcdef / 123456 / 987654; or it contains the e-mail's name part. The list itself is
 * the caller's (lib/auth/common-passwords.ts), so that this file stays pure and small enough
 * for the pages.
 */

/** Why a password is refused; the pages translate it. */
export type PasswordProblem = 'COMMON' | 'PREDICTABLE' | 'CONTAINS_EMAIL_NAME';

/** The shortest and longest password the API takes. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** The catalog sentence of each problem (reasons.json); the pages read the code off the API's refusal. */
export const PASSWORD_PROBLEM_REASON = {
  COMMON: 'passwordCommon',
  PREDICTABLE: 'passwordPredictable',
  CONTAINS_EMAIL_NAME: 'passwordHasEmailName',
} as const satisfies Record<PasswordProblem, string>;

/** The shortest e-mail name part worth looking for: "jo" would refuse too much. */
const EMAIL_NAME_MIN = 3;
/** Fewer distinct characters than this over 12 or more is a pattern, not a secret. */
const DISTINCT_MIN = 5;

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i' };

/** The spellings to look up in the common list: as typed (lowercased), de-leeted, and the word inside digits and symbols. */
export function commonPasswordCandidates(password: string): string[] {
  const lower = password.toLowerCase();
  const unleet = (text: string) => text.replace(/[0134578@$!]/g, (c) => LEET[c] ?? c);
  const core = (text: string) => text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return [...new Set([lower, unleet(lower), core(lower), unleet(core(lower)), core(unleet(lower))])].filter(
    (candidate) => candidate.length >= 4,
  );
}

// abcdef, 123456, 987654, 890123 (digits wrap around): every step the same +1 or -1.
function isRun(text: string): boolean {
  const codes = Array.from(text, (c) => c.codePointAt(0) ?? 0);
  const step = (a: number, b: number) => {
    const isDigit = (c: number) => c >= 48 && c <= 57;
    if (isDigit(a) && isDigit(b)) return (((b - a) % 10) + 10) % 10 === 1 ? 1 : (((a - b) % 10) + 10) % 10 === 1 ? -1 : 0;
    return b - a === 1 || b - a === -1 ? b - a : 0;
  };
  const first = step(codes[0] ?? 0, codes[1] ?? 0);
  return first !== 0 && codes.every((code, i) => i === 0 || step(codes[i - 1] ?? 0, code) === first);
}

/** True for one character or a short unit repeated, a run, or too few distinct characters. */
export function isPredictablePassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (/^([\s\S]{1,6})\1+$/u.test(lower)) return true;
  if (new Set(Array.from(lower)).size < DISTINCT_MIN) return true;
  return isRun(lower);
}

/** True when the password contains the e-mail's part before the @ (3 characters or more), in any case. */
export function containsEmailName(password: string, email: string): boolean {
  const name = email.split('@')[0]?.toLowerCase() ?? '';
  return name.length >= EMAIL_NAME_MIN && password.toLowerCase().includes(name);
}

/** The first problem of a new password for the account of `email`; `isCommon` looks a spelling up in the list. */
export function passwordProblem(password: string, email: string, isCommon: (candidate: string) => boolean): PasswordProblem | null {
  if (containsEmailName(password, email)) return 'CONTAINS_EMAIL_NAME';
  if (isPredictablePassword(password)) return 'PREDICTABLE';
  if (commonPasswordCandidates(password).some(isCommon)) return 'COMMON';
  return null;
}
