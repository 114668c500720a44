import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDatabase } from '@/db/client';
import type { Role, UserRow } from '@/db/schema';
import { resumeSession } from '@/lib/services/accounts/resume-session';
import { sessionIdFromCookie } from './session-cookie';

/**
 * The signed-in user as the database has them now, or null. Checked on every request: a
 * session that was signed out, sat idle 30 minutes or is 8 hours old, or whose account was
 * deactivated, is worth nothing, whatever its token says. Within one page render the layout,
 * the page and the language (lib/i18n/request.ts) share one lookup (React's cache); API
 * requests, outside a render, look it up each time.
 */
export const getViewer = cache(async (): Promise<UserRow | null> => {
  const sessionId = await sessionIdFromCookie();
  if (!sessionId) return null;
  const { db } = await getDatabase();
  return resumeSession(db, sessionId);
});

/** Where each role works. */
export const HOME_OF: Record<Role, string> = { AGENT: '/agent', OPERATOR: '/operator', MANAGER: '/manager' };

/** For a role's pages: to /login without a session, 403 for another role. */
export async function requireRole(role: Role): Promise<UserRow> {
  const viewer = await getViewer();
  if (!viewer) redirect('/login');
  if (viewer.role !== role) forbidden();
  return viewer;
}
