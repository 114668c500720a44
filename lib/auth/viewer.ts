import { getServerSession } from 'next-auth';
import { forbidden, redirect } from 'next/navigation';
import { getDatabase } from '@/db/client';
import type { Role, UserRow } from '@/db/schema';
import { loadActiveUser } from './load-active-user';
import { authOptions } from './options';

/**
 * The signed-in user as the database has them now, or null: a session of a deleted or
 * deactivated account is worth nothing, whatever its token says.
 */
export async function getViewer(): Promise<UserRow | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  const { db } = await getDatabase();
  return loadActiveUser(db, session.user.id);
}

/** Where each role works. */
export const HOME_OF: Record<Role, string> = { AGENT: '/agent', OPERATOR: '/operator', MANAGER: '/manager' };

/** For a role's pages: to /login without a session, 403 for another role. */
export async function requireRole(role: Role): Promise<UserRow> {
  const viewer = await getViewer();
  if (!viewer) redirect('/login');
  if (viewer.role !== role) forbidden();
  return viewer;
}
