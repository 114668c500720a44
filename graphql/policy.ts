import type { MutationResolvers, QueryResolvers } from './generated/resolvers-types';
import { authorize as authorizeAction } from '@/lib/policy/authorize';
import { POLICY, type Rule, type RouteAction } from '@/lib/policy/roles';
import { ServiceError } from '@/lib/services/core/service-error';
import { refusalError } from './errors';
import type { GraphQLContext } from './context';

export { hasPolicy, POLICY, type Rule, type RouteAction, type Scope } from '@/lib/policy/roles';

/** Every root field of the API, as "Query.x" or "Mutation.y". */
export type RootField = `Query.${keyof QueryResolvers & string}` | `Mutation.${keyof MutationResolvers & string}`;

// The table lives in lib/policy/roles.ts; this line makes a root field without a row a compile error.
const EVERY_ROOT_FIELD_HAS_A_ROW: Readonly<Record<RootField | RouteAction, Rule>> = POLICY;
void EVERY_ROOT_FIELD_HAS_A_ROW;

/** lib/policy's authorize at the GraphQL boundary: its refusal leaves as a GraphQL error with the same code. */
export function authorize(ctx: Pick<GraphQLContext, 'viewer'>, field: string): void {
  try {
    authorizeAction(ctx.viewer, field);
  } catch (error) {
    if (error instanceof ServiceError) throw refusalError(error);
    throw error;
  }
}
