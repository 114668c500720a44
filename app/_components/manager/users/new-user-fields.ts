import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import type { Role } from '@/graphql/generated/client/graphql';
import {
  containsEmailName,
  isPredictablePassword,
  PASSWORD_MIN_LENGTH,
  PASSWORD_PROBLEM_REASON,
  type PasswordProblem,
} from '@/lib/domain/password-rules';
import type { Messages } from '@/lib/i18n/messages';
import { apiErrorCode } from '../../ui/api-error';
import type { Translate } from '../translate';

/** The new-account form's fields, named as UserInput names them. */
export type NewUserField = 'name' | 'email' | 'password' | 'role' | 'operatorId';

/** What a field lacks, as the catalog's key under users.form.error. */
export type NewUserProblem = Exclude<keyof Messages['users']['form']['error'], 'emailTaken'>;

/** One problem per field at fault. */
export type FieldProblems = Partial<Record<NewUserField, NewUserProblem>>;

/** One message per field at fault, as the form shows them. */
export type FieldErrors = Partial<Record<NewUserField, string>>;

/** What the form holds before it is sent. */
export interface NewUserValues {
  name: string;
  email: string;
  password: string;
  role: Role | '';
  operatorId: string;
}

/** The API's minimum (graphql/validate.ts); the hint under the field says the same. */
export const PASSWORD_MIN = PASSWORD_MIN_LENGTH;

const FIELDS: readonly NewUserField[] = ['name', 'email', 'password', 'role', 'operatorId'];

/**
 * What is missing, all at once, before a round trip; formats and uniqueness are the API's
 * to judge, and its refusals land on the same fields (fieldOfRefusal).
 */
export function checkNewUser(values: NewUserValues): FieldProblems {
  const problems: FieldProblems = {};
  if (!values.name.trim()) problems.name = 'nameRequired';
  if (!values.email.trim()) problems.email = 'emailRequired';
  if (!values.password) problems.password = 'passwordRequired';
  else if (values.password.length < PASSWORD_MIN) problems.password = 'passwordTooShort';
  // The API's rules that need no list (lib/domain/password-rules.ts); the common-password
  // list stays on the server, and its refusal comes back through passwordProblemOf.
  else if (containsEmailName(values.password, values.email)) problems.password = 'passwordHasEmailName';
  else if (isPredictablePassword(values.password)) problems.password = 'passwordPredictable';
  if (!values.role) problems.role = 'roleRequired';
  if (values.role === 'OPERATOR' && !values.operatorId) problems.operatorId = 'operatorRequired';
  return problems;
}

/** The problems in the reader's language. */
export function problemMessages(t: Translate<'users.form.error'>, problems: FieldProblems): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, problem] of Object.entries(problems) as [NewUserField, NewUserProblem][]) {
    errors[field] = problem === 'passwordTooShort' ? t(problem, { min: PASSWORD_MIN }) : t(problem);
  }
  return errors;
}

const PROBLEM_KEY: Record<PasswordProblem, NewUserProblem> = {
  COMMON: 'passwordCommon',
  PREDICTABLE: 'passwordPredictable',
  CONTAINS_EMAIL_NAME: 'passwordHasEmailName',
};

/** The catalog key of a password the API refused by its rules (its reason code names the rule), or null. */
export function passwordProblemOf(error: ErrorLike): NewUserProblem | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const reason = error.errors[0]?.extensions?.reason as { code?: unknown } | undefined;
  const found = (Object.keys(PASSWORD_PROBLEM_REASON) as PasswordProblem[]).find(
    (problem) => PASSWORD_PROBLEM_REASON[problem] === reason?.code,
  );
  return found ? PROBLEM_KEY[found] : null;
}

/**
 * The field a refused createUser is about ("input.email" → email), or null when the refusal is
 * about no one field; `taken` says a unique-index race (CONFLICT), which can only be the email:
 * it is the one unique column a new account writes.
 */
export function fieldOfRefusal(error: ErrorLike): { field: NewUserField; taken: boolean } | null {
  if (apiErrorCode(error) === 'CONFLICT') return { field: 'email', taken: true };
  if (!CombinedGraphQLErrors.is(error)) return null;
  const named = error.errors[0]?.extensions?.field;
  const field = typeof named === 'string' ? named.replace(/^input\./, '') : '';
  return (FIELDS as readonly string[]).includes(field) ? { field: field as NewUserField, taken: false } : null;
}
