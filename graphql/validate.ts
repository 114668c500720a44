import { z } from 'zod';
import { isCommonPassword } from '@/lib/auth/common-passwords';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_PROBLEM_REASON, passwordProblem } from '@/lib/domain/password-rules';
import { normalizePhone } from '@/lib/domain/phone';
import { normalizePlate } from '@/lib/domain/plate';
import { findHiddenCharacter, hiddenCharacterReason, stripHiddenCharacters, type HiddenCharacter } from '@/lib/domain/text-hygiene';
import { badInput, badInputSaid } from './errors';
import { reasonMessage, reasonOfMessage, say } from './input-reason';

/**
 * Parses a resolver's arguments with a zod schema; the first problem becomes a
 * BAD_USER_INPUT naming the field ("input.plate: …") and nothing runs. Its sentence is a
 * catalog reason (say / reasonMessage), worded in the viewer's language.
 */
export function parseArgs<S extends z.ZodType>(schema: S, args: unknown): z.output<S> {
  const unstorable = pathOfUnstorableText(args, []);
  if (unstorable) throw badInput(unstorable.join('.') || 'input', 'inputUnstorable');
  const result = schema.safeParse(args);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.map(String).join('.') || 'input';
    const reason = issue ? reasonOfMessage(issue.message) : { code: 'inputInvalid' as const };
    // zod's own words (a check given no catalog sentence) pass as they are.
    throw reason ? badInput(field, reason.code, reason.params) : badInputSaid(field, issue?.message ?? '');
  }
  // The backstop of the text rule: a string no helper below cleaned (a plain z.string() in a
  // new resolver) still may not carry controls, direction overrides or invisible characters
  // into a service; line breaks and tabs pass here, the single-line helpers refuse those.
  const hidden = pathOfHiddenCharacter(result.data, []);
  if (hidden) {
    const reason = hiddenCharacterReason(hidden.found);
    throw badInput(hidden.path.join('.') || 'input', reason.code, reason.params);
  }
  return result.data;
}

function pathOfHiddenCharacter(value: unknown, path: string[]): { path: string[]; found: HiddenCharacter } | null {
  if (typeof value === 'string') {
    const found = findHiddenCharacter(value, { multiLine: true });
    return found ? { path, found } : null;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = pathOfHiddenCharacter(inner, [...path, key]);
    if (found) return found;
  }
  return null;
}

// Text PostgreSQL cannot take: U+0000 (text refuses it) and a lone UTF-16 surrogate (jsonb
// refuses its escape, e.g. a search filter in the access log's detail). Either, even in a
// lookup, failed in the database as an internal error; it is bad input, named at the edge.
const UNSTORABLE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function pathOfUnstorableText(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return UNSTORABLE_TEXT.test(value) ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = pathOfUnstorableText(inner, [...path, key]);
    if (found) return found;
  }
  return null;
}

// Plates as written, so the same in every language.
const PLATE_EXAMPLES = '12가3456, 123가4567, 서울12가3456';

/** The largest amount of won any input takes. */
export const WON_MAX = 100_000_000;

const refuseHidden = (multiLine: boolean) => (value: string, ctx: z.RefinementCtx) => {
  const found = findHiddenCharacter(value, { multiLine });
  if (!found) return;
  const reason = hiddenCharacterReason(found);
  ctx.addIssue({ code: 'custom', message: reasonMessage(reason.code, reason.params) });
};
const required = say('inputRequired');
/** A text's length limit, worded "{max}자 이하로 입력해 주세요.". */
export const atMost = (max: number) => say('inputTooLong', { max });

/**
 * One-line text (a name, an address, a reference, a short reason): trimmed, 1..max
 * characters, and refused with the character named when it carries a control, a line break,
 * a tab, a direction override or an invisible character (lib/domain/text-hygiene.ts).
 */
export function singleLineText(max: number) {
  return z.string().trim().min(1, required).max(max, atMost(max)).superRefine(refuseHidden(false));
}

/**
 * Free text over several lines (a note, an outcome): line breaks and tabs kept, the other
 * unwanted characters stripped before it is trimmed and measured. With `hidden: 'refuse'`
 * (a reason typed in a text area, whose writer should see what was wrong) they are refused.
 */
export function multiLineText(max: number, { hidden = 'strip' }: { hidden?: 'strip' | 'refuse' } = {}) {
  const text = hidden === 'strip' ? z.string().overwrite(stripHiddenCharacters) : z.string();
  return text.trim().min(1, required).max(max, atMost(max)).superRefine(refuseHidden(true));
}

/**
 * Refines an input that sets a password for an e-mail: a common or breached password (or a
 * variant), a pattern, or one containing the e-mail's name part is refused on `password`.
 * Use it wherever a password is set: `z.object({ email, password, … }).superRefine(refusePoorPassword)`.
 */
export function refusePoorPassword(value: { email: string; password: string }, ctx: z.RefinementCtx): void {
  const problem = passwordProblem(value.password, value.email, isCommonPassword);
  if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: reasonMessage(PASSWORD_PROBLEM_REASON[problem]) });
}

/** The fields the master-data and agent forms share. */
export const fields = {
  id: z.uuid(say('inputBadId')),
  name: singleLineText(100),
  /** Free text (notes, outcomes): see multiLineText; one-line values take singleLineText. */
  text: (max: number) => multiLineText(max),
  /** A reason typed for others to read (a rejection, a correction): hidden characters refused. */
  reason: (max: number) => multiLineText(max, { hidden: 'refuse' }),
  email: z
    .email(say('inputBadEmail'))
    .max(200)
    .superRefine(refuseHidden(false))
    .transform((v) => v.toLowerCase()),
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, say('passwordTooShort', { min: PASSWORD_MIN_LENGTH }))
    .max(PASSWORD_MAX_LENGTH, say('passwordTooLong', { max: PASSWORD_MAX_LENGTH })),
  plate: z.string().transform((value, ctx) => {
    const plate = normalizePlate(value);
    if (!plate) ctx.addIssue({ code: 'custom', message: reasonMessage('inputBadPlate', { examples: PLATE_EXAMPLES }) });
    return plate ?? '';
  }),
  phone: z.string().transform((value, ctx) => {
    const phone = normalizePhone(value);
    if (!phone) ctx.addIssue({ code: 'custom', message: reasonMessage('inputBadPhone') });
    return phone ?? '';
  }),
  won: z.number(say('wonNotNumber')).int(say('wonNotInteger')).min(0, say('wonNegative')).max(WON_MAX, say('wonTooLarge')),
  version: z.number().int().min(1, say('inputBadVersion')).nullish(),
  /** How many rows a page of a list asks for: at least 1, at most the list's own ceiling. */
  pageSize: (max: number) =>
    z
      .number()
      .int()
      .min(1, say('inputAtLeast', { min: 1 }))
      .max(max, say('inputAtMost', { max })),
  /** The opaque cursor a page continues after. */
  cursor: z.string().max(200).nullish(),
  days: z
    .number()
    .int(say('daysNotInteger'))
    .min(1, say('availableDaysMin'))
    .max(366, say('availableDaysMax', { max: 366 })),
};

/**
 * The arguments every step on a case starts with: which case, and the version the agent's page
 * showed (a step on an older version is refused as a conflict). Steps extend it with their own.
 */
export const caseStepArgs = z.object({ caseId: fields.id, expectedVersion: fields.version });
