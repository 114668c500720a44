import type { Database } from '@/db/client';
import { authorize } from '@/lib/policy/authorize';
import type { Actor } from '../core/actor';
import { ServiceError } from '../core/service-error';
import { getCaseActivity } from '../cases/get-case-activity';
import { changeFeedOf, type ChangeFeed, type Watch } from './change-feed';

/**
 * Lets a page hear when what it shows changed, instead of polling: the operator's queues, or
 * the case an agent watches. The stream stands in for the poll, so it takes that read's policy
 * row (and the case's scope: NOT_FOUND when it is not there for the viewer). The feed is null
 * while this instance cannot hear the database; the page keeps polling then.
 */
export async function watchChanges(db: Database, actor: Actor | null, watch: Watch): Promise<ChangeFeed | null> {
  authorize(actor, 'Route.watchChanges');
  if (watch.kind === 'lots') authorize(actor, 'Query.exitRequestQueue');
  else {
    authorize(actor, 'Query.caseActivity');
    if (!actor || !(await getCaseActivity(db, actor, watch.caseId))) throw new ServiceError('NOT_FOUND', 'caseNotFound', 'caseId');
  }
  const feed = changeFeedOf(db);
  return (await feed.ready()) ? feed : null;
}
