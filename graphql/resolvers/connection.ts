import { z } from 'zod';
import { fields } from '../validate';

/** A paged list field's arguments: an optional filter, a page of at most `max`, the cursor to go on after. */
export function pagedListArgs<F extends z.ZodType>(filter: F, max: number) {
  return z.object({ filter: filter.nullish(), first: fields.pageSize(max), after: fields.cursor });
}

/** A page as a connection; the next page starts after the last edge shown. */
export function connectionOf<E extends { cursor: string }>(edges: E[], page: { totalCount: number; hasNextPage: boolean }) {
  return { edges, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
