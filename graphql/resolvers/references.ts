import type { GraphQLContext } from '../context';

// Field resolvers that follow a row's foreign key to the row it names, through this request's
// DataLoaders (one statement for a page of parents). Written once so every type's `case`,
// `lot`, `pass` and `customer` field loads the same way.

/** The case a row belongs to. */
export const caseOf = (row: { caseId: string }, _args: unknown, ctx: GraphQLContext) => ctx.loaders.caseById.load(row.caseId);

/** The parking lot a row belongs to. */
export const lotOf = (row: { lotId: string }, _args: unknown, ctx: GraphQLContext) => ctx.loaders.lot.load(row.lotId);

/** The pass a row belongs to. */
export const passOf = (row: { passId: string }, _args: unknown, ctx: GraphQLContext) => ctx.loaders.pass.load(row.passId);

/** The customer a row belongs to. */
export const customerOf = (row: { customerId: string }, _args: unknown, ctx: GraphQLContext) => ctx.loaders.customer.load(row.customerId);
