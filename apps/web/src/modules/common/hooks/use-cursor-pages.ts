import { useState } from 'react';
import { afterCursor, FIRST_PAGE, nextPage, previousPage, type CursorPagesState } from '../../../lib/pagination';

/**
 * Page-by-page navigation over a cursor connection. `key` identifies the filters: when it changes, the list
 * starts again at its first page (derived during render, no effect needed).
 */
export function useCursorPages(key: string): CursorPages {
  const [pages, setPages] = useState<{ key: string; state: CursorPagesState }>({ key, state: FIRST_PAGE });
  const state = pages.key === key ? pages.state : FIRST_PAGE;
  return {
    after: afterCursor(state),
    pageIndex: state.index,
    next: (endCursor: string | null | undefined) => setPages({ key, state: nextPage(state, endCursor) }),
    previous: () => setPages({ key, state: previousPage(state) }),
    reset: () => setPages({ key, state: FIRST_PAGE }),
  };
}

export interface CursorPages {
  /** The cursor to pass as `after`. */
  after: string | null;
  pageIndex: number;
  next(endCursor: string | null | undefined): void;
  previous(): void;
  reset(): void;
}
