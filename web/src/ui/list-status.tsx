import type { ReactNode } from 'react';
import type { CursorList } from '../api/use-cursor-list.ts';
import { EmptyState, Loading } from './section.tsx';

/** Under a list: "Loading…" while it loads, `emptyText` when it loaded nothing. */
export const ListStatus = ({
  list,
  emptyText,
}: {
  list: CursorList<unknown>;
  emptyText: ReactNode;
}) => (
  <>
    {list.isLoading ? <Loading /> : null}
    {!list.isLoading && list.items.length === 0 && list.problem === null ? (
      <EmptyState>{emptyText}</EmptyState>
    ) : null}
  </>
);

/** "Load more" under a cursor list while it has further pages; `showCount` adds "Showing n of m". */
export const LoadMore = ({
  list,
  showCount = false,
  isSmall = false,
}: {
  list: CursorList<unknown>;
  showCount?: boolean;
  isSmall?: boolean;
}) =>
  // Hidden during a reload and disabled while a page loads, so one cursor is never fetched twice.
  list.nextCursor === null || list.isLoading ? null : (
    <div className="load-more">
      <button
        type="button"
        className={`button button--secondary${isSmall ? ' button--small' : ''}`}
        onClick={list.loadMore}
        disabled={list.isLoadingMore}
      >
        {list.isLoadingMore ? 'Loading…' : 'Load more'}
      </button>
      {showCount ? (
        <span className="load-more__count">
          Showing {list.items.length} of {list.total}
        </span>
      ) : null}
    </div>
  );
