import { GraphQLError } from 'graphql';
import { authorize, type RouteAction } from '@/graphql/policy';
import type { Viewer } from './route-context';

/** The signed-in viewer when the policy table lets them take the action; else it throws. */
export function authorizedViewer(viewer: Viewer | null, action: RouteAction): Viewer {
  authorize({ viewer }, action);
  if (!viewer) throw new GraphQLError('로그인이 필요합니다.', { extensions: { code: 'UNAUTHENTICATED' } });
  return viewer;
}
