import { z } from 'zod';
import { isCommonPassword } from '@/lib/auth/common-passwords';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '@/lib/domain/password-rules';
import { normalizePhone } from '@/lib/domain/phone';
import { normalizePlate } from '@/lib/domain/plate';
import { findHiddenCharacter, hiddenCharacterMessage, stripHiddenCharacters } from '@/lib/domain/text-hygiene';
import { badInput } from './errors';

/**
 * Parses a resolver's arguments with a zod schema; the first problem becomes a
 * BAD_USER_INPUT naming the field ("input.plate: …") and nothing runs.
 */
export function parseArgs<S extends z.ZodType>(schema: S, args: unknown): z.output<S> {
  const unstorable = pathOfUnstorableText(args, []);
  if (unstorable) throw badInput(unstorable.join('.') || 'input', '저장할 수 없는 문자(NUL 또는 짝이 없는 서로게이트)가 들어 있습니다.');
  const result = schema.safeParse(args);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.map(String).join('.') || 'input';
    throw badInput(field, issue?.message ?? '올바르지 않은 값입니다.');
  }
  // The backstop of the text rule: a string no helper below cleaned (a plain z.string() in a
  // new resolver) still may not carry controls, direction overrides or invisible characters
  // into a service; line breaks and tabs pass here, the single-line helpers refuse those.
  const hidden = pathOfHiddenCharacter(result.data, []);
  if (hidden) throw badInput(hidden.path.join('.') || 'input', hidden.message);
  return result.data;
}

function pathOfHiddenCharacter(value: unknown, path: string[]): { path: string[]; message: string } | null {
  if (typeof value === 'string') {
    const found = findHiddenCharacter(value, { multiLine: true });
    return found ? { path, message: hiddenCharacterMessage(found) } : null;
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

const refuseHidden = (multiLine: boolean) => (value: string, ctx: z.RefinementCtx) => {
  const found = findHiddenCharacter(value, { multiLine });
  if (found) ctx.addIssue({ code: 'custom', message: hiddenCharacterMessage(found) });
};
const required = { error: '비어 있을 수 없습니다.' };
const atMost = (max: number) => ({ error: `${max}자 이하로 입력해 주세요.` });

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
  if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: PASSWORD_PROBLEM_MESSAGES[problem] });
}

/** The fields the master-data and agent forms share. */
export const fields = {
  id: z.uuid({ error: '올바른 ID가 아닙니다.' }),
  name: singleLineText(100),
  /** Free text (notes, outcomes): see multiLineText; one-line values take singleLineText. */
  text: (max: number) => multiLineText(max),
  /** A reason typed for others to read (a rejection, a correction): hidden characters refused. */
  reason: (max: number) => multiLineText(max, { hidden: 'refuse' }),
  email: z
    .email({ error: '이메일 형식이 올바르지 않습니다.' })
    .max(200)
    .superRefine(refuseHidden(false))
    .transform((v) => v.toLowerCase()),
  password: z.string().min(12, { error: '비밀번호는 12자 이상이어야 합니다.' }).max(200, { error: '비밀번호는 200자 이하여야 합니다.' }),
  plate: z.string().transform((value, ctx) => {
    const plate = normalizePlate(value);
    if (!plate) ctx.addIssue({ code: 'custom', message: '차량번호 형식이 올바르지 않습니다 (예: 12가3456, 123가4567, 서울12가3456).' });
    return plate ?? '';
  }),
  phone: z.string().transform((value, ctx) => {
    const phone = normalizePhone(value);
    if (!phone) ctx.addIssue({ code: 'custom', message: '전화번호 형식이 올바르지 않습니다 (예: 010-1234-5678).' });
    return phone ?? '';
  }),
  won: z
    .number({ error: '금액은 숫자여야 합니다.' })
    .int({ error: '금액은 원 단위 정수여야 합니다.' })
    .min(0, { error: '금액은 0원 이상이어야 합니다.' })
    .max(100_000_000, { error: '금액이 너무 큽니다.' }),
  version: z.number().int().min(1, { error: '올바른 버전이 아닙니다.' }).nullish(),
  /** How many rows a page of a list asks for: at least 1, at most the list's own ceiling. */
  pageSize: (max: number) =>
    z
      .number()
      .int()
      .min(1, { error: '1 이상이어야 합니다.' })
      .max(max, { error: `${max} 이하여야 합니다.` }),
  /** The opaque cursor a page continues after. */
  cursor: z.string().max(200).nullish(),
  days: z
    .number()
    .int({ error: '일수는 정수여야 합니다.' })
    .min(1, { error: '이용가능일은 1일 이상이어야 합니다.' })
    .max(366, { error: '이용가능일은 366일 이하여야 합니다.' }),
};
