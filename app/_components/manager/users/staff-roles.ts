import type { Role } from '@/graphql/generated/client/graphql';

/** The staff roles in the order the pages list them: agents, operators, managers. */
export const STAFF_ROLES: readonly Role[] = ['AGENT', 'OPERATOR', 'MANAGER'];

/** Whether a string from the API or a form is one of the roles. */
export function isRole(value: string): value is Role {
  return (STAFF_ROLES as readonly string[]).includes(value);
}
