import type { Actor } from '@/lib/services/core/actor';
import { ServiceError } from '@/lib/services/core/service-error';
import { hasPolicy, POLICY, roleMay, type Action } from './roles';
import { lotInScope, type LotSubject } from './scope';

/**
 * The one check at every boundary (GraphQL's root fields, the REST routes, a use case that
 * guards itself): UNAUTHENTICATED without a session, FORBIDDEN for a role the table does not
 * name or a name with no row at all. With a subject (the lot an object belongs to) an action
 * scoped to the operator's own lots also answers NOT_FOUND for another operator's object.
 */
export function authorize(viewer: Actor | null | undefined, action: string, subject?: LotSubject): void {
  const rule = hasPolicy(action) ? POLICY[action] : undefined;
  if (!rule) throw new ServiceError('FORBIDDEN', 'requestNotAllowed');
  if ('anyone' in rule) return;
  if (!viewer) throw new ServiceError('UNAUTHENTICATED', 'loginRequired');
  if (!rule.roles.includes(viewer.role)) throw new ServiceError('FORBIDDEN', 'notAllowed');
  if (subject && rule.scope === 'OWN_OPERATOR' && !lotInScope(viewer, subject)) throw new ServiceError('NOT_FOUND', 'notFound');
}

/** authorize for an action only the signed-in take, returning the viewer it let through. */
export function authorizeSignedIn<V extends Actor>(viewer: V | null | undefined, action: Action): V {
  authorize(viewer, action);
  if (!viewer) throw new ServiceError('UNAUTHENTICATED', 'loginRequired');
  return viewer;
}

/** Whether the table lets this actor take the action: for a use case that answers a refusal its own way. */
export function permits(actor: Actor | null | undefined, action: Action): boolean {
  return actor != null && roleMay(actor.role, action);
}
