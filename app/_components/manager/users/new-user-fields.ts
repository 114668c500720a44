import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import type { Role } from '@/graphql/generated/client/graphql';
import { apiErrorCode, apiErrorMessage } from '../../api-error';

/** The new-account form's fields, named as UserInput names them. */
export type NewUserField = 'name' | 'email' | 'password' | 'role' | 'operatorId';

/** One message per field at fault. */
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
export const PASSWORD_MIN = 12;

const FIELDS: readonly NewUserField[] = ['name', 'email', 'password', 'role', 'operatorId'];

/**
 * What is missing, all at once, before a round trip; formats and uniqueness are the API's
 * to judge, and its refusals land on the same fields (fieldErrorOf).
 */
export function checkNewUser(values: NewUserValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.name.trim()) errors.name = '이름을 입력해 주세요.';
  if (!values.email.trim()) errors.email = '이메일을 입력해 주세요.';
  if (!values.password) errors.password = '초기 비밀번호를 입력해 주세요.';
  else if (values.password.length < PASSWORD_MIN) errors.password = `비밀번호는 ${PASSWORD_MIN}자 이상이어야 합니다.`;
  if (!values.role) errors.role = '역할을 선택해 주세요.';
  if (values.role === 'OPERATOR' && !values.operatorId) errors.operatorId = '운영사 계정은 소속 운영사를 선택해야 합니다.';
  return errors;
}

/**
 * The field a refused createUser names ("input.email" → email) with the API's own sentence,
 * or null when the refusal is about no one field. A unique-index race (CONFLICT) can only be
 * the email: it is the one unique column a new account writes.
 */
export function fieldErrorOf(error: ErrorLike): { field: NewUserField; message: string } | null {
  if (apiErrorCode(error) === 'CONFLICT') return { field: 'email', message: '이미 사용 중인 이메일입니다.' };
  if (!CombinedGraphQLErrors.is(error)) return null;
  const named = error.errors[0]?.extensions?.field;
  const field = typeof named === 'string' ? named.replace(/^input\./, '') : '';
  return (FIELDS as readonly string[]).includes(field) ? { field: field as NewUserField, message: apiErrorMessage(error) } : null;
}
