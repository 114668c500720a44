import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import type { PolicyVersionInput } from '@/graphql/generated/client/graphql';
import type { Translate } from './translate';

/** The new-version form's fields, named as PolicyVersionInput names them. */
export type PolicyField = 'effectiveFrom' | 'couponAmount' | 'repeatThreshold' | 'couponsPerMonth' | 'note';

/** What the form holds, as typed. */
export type PolicyValues = Record<PolicyField, string>;

/** The API's bounds on the counts (graphql/resolvers/administration.ts). */
export const COUNT_BOUNDS = { repeatThreshold: { min: 1, max: 31 }, couponsPerMonth: { min: 0, max: 31 } } as const;

/** The API's limit on the note. */
export const NOTE_MAX = 200;

type Problem = 'dateRequired' | 'dateInPast' | 'amount' | 'count';
const FIELDS: readonly PolicyField[] = ['effectiveFrom', 'couponAmount', 'repeatThreshold', 'couponsPerMonth', 'note'];

const wholeNumber = (raw: string): number | null => (/^\d+$/.test(raw.trim()) ? Number(raw.trim()) : null);

/**
 * The version to add, or what is wrong with each field at once; today is the KST date, the
 * earliest a version may start (the past is never edited). Duplicates are the API's to find.
 */
export function checkPolicy(
  values: PolicyValues,
  today: string,
): { input: PolicyVersionInput } | { problems: Partial<Record<PolicyField, Problem>> } {
  const problems: Partial<Record<PolicyField, Problem>> = {};
  if (!values.effectiveFrom) problems.effectiveFrom = 'dateRequired';
  else if (values.effectiveFrom < today) problems.effectiveFrom = 'dateInPast';
  const couponAmount = wholeNumber(values.couponAmount);
  if (couponAmount === null) problems.couponAmount = 'amount';
  const counts = { repeatThreshold: wholeNumber(values.repeatThreshold), couponsPerMonth: wholeNumber(values.couponsPerMonth) };
  for (const field of ['repeatThreshold', 'couponsPerMonth'] as const) {
    const value = counts[field];
    if (value === null || value < COUNT_BOUNDS[field].min || value > COUNT_BOUNDS[field].max) problems[field] = 'count';
  }
  if (Object.keys(problems).length > 0 || couponAmount === null || counts.repeatThreshold === null || counts.couponsPerMonth === null)
    return { problems };
  const note = values.note.trim();
  return {
    input: {
      effectiveFrom: values.effectiveFrom,
      couponAmount,
      repeatThreshold: counts.repeatThreshold,
      couponsPerMonth: counts.couponsPerMonth,
      note: note || null,
    },
  };
}

/** A field's problem in the reader's language. */
export function policyProblemMessage(t: Translate<'policy.form.error'>, field: PolicyField, problem: Problem, today: string): string {
  if (problem === 'dateInPast') return t('dateInPast', { today });
  if (problem === 'count') return t('count', field === 'couponsPerMonth' ? COUNT_BOUNDS.couponsPerMonth : COUNT_BOUNDS.repeatThreshold);
  return t(problem);
}

/** The field a refused addPolicyVersion names ("input.effectiveFrom" → effectiveFrom), if any. */
export function policyFieldOf(error: ErrorLike): PolicyField | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const named = error.errors[0]?.extensions?.field;
  const field = typeof named === 'string' ? named.replace(/^input\./, '') : '';
  return (FIELDS as readonly string[]).includes(field) ? (field as PolicyField) : null;
}
