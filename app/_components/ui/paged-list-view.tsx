import type { ErrorLike } from '@apollo/client';
import type { ReactNode } from 'react';
import { ListErrorState, LoadingState } from './query-state';

/** What the view needs of a page of a cursor connection. */
interface ShownConnection {
  totalCount: number;
  edges: readonly unknown[];
}

interface PagedListViewProps<Connection extends ShownConnection> {
  /** The list's heading, with the id the section's aria-labelledby names. */
  headingId: string;
  heading: ReactNode;
  /** The count beside the heading, once the first page is in. */
  summary: (totalCount: number) => ReactNode;
  /** What usePagedQuery answers: the page on screen, the request's error and a retry. */
  paged: { connection?: Connection; error?: ErrorLike; retry: () => void };
  loadingLabel: string;
  /** Words a refused filter (BAD_USER_INPUT) in the list's own terms. */
  badFilter?: (reason: string) => string;
  /** What shows when the filter matches nothing. */
  empty: ReactNode;
  /** The rows, with the pager and anything else that needs the page. */
  children: (connection: Connection) => ReactNode;
}

/**
 * A paged list's heading and body in the order every list shows them: a failed request first
 * (Apollo keeps the old page after a failed refetch, and the error must not hide behind it), then
 * the first load, then "nothing found", then the rows.
 */
export function PagedListView<Connection extends ShownConnection>({
  headingId,
  heading,
  summary,
  paged: { connection, error, retry },
  loadingLabel,
  badFilter,
  empty,
  children,
}: PagedListViewProps<Connection>) {
  return (
    <>
      <div className="section-header">
        <h2 id={headingId}>{heading}</h2>
        {connection && <span className="summary">{summary(connection.totalCount)}</span>}
      </div>
      {error ? (
        <ListErrorState error={error} onRetry={retry} badFilter={badFilter} />
      ) : !connection ? (
        <LoadingState label={loadingLabel} />
      ) : connection.edges.length === 0 ? (
        empty
      ) : (
        children(connection)
      )}
    </>
  );
}
