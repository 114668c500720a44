import type { Role, StaffUsersQuery } from '@/graphql/generated/client/graphql';

/** A row of the people table. */
export type StaffUser = StaffUsersQuery['users'][number];

/** The table's filters: a role (or all) and free text. */
export interface UserFilter {
  role: Role | '';
  text: string;
}

/** The accounts of the role whose name, email or operator contains the text (any case). */
export function filterUsers(users: readonly StaffUser[], { role, text }: UserFilter): StaffUser[] {
  const needle = text.trim().toLocaleLowerCase('ko');
  return users.filter((user) => {
    if (role && user.role !== role) return false;
    if (!needle) return true;
    return [user.name, user.email, user.operator?.name ?? ''].some((value) => value.toLocaleLowerCase('ko').includes(needle));
  });
}
