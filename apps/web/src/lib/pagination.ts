/**
 * Cursor pagination (`first` / `after`) shown as pages: we remember the cursor that opens each visited page so
 * "Précédent" goes back without refetching from the start. Lists never load more than one page.
 */
export const PAGE_SIZE = 20;

export interface CursorPagesState {
  /** cursors[i] is the `after` argument of page i (null for the first page). */
  readonly cursors: readonly (string | null)[];
  readonly index: number;
}

export const FIRST_PAGE: CursorPagesState = { cursors: [null], index: 0 };

export function afterCursor(state: CursorPagesState): string | null {
  return state.cursors[state.index] ?? null;
}

export function nextPage(state: CursorPagesState, endCursor: string | null | undefined): CursorPagesState {
  if (!endCursor) return state;
  return { cursors: [...state.cursors.slice(0, state.index + 1), endCursor], index: state.index + 1 };
}

export function previousPage(state: CursorPagesState): CursorPagesState {
  return state.index > 0 ? { ...state, index: state.index - 1 } : state;
}

export function pageCount(totalCount: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(totalCount / pageSize));
}

/** "21–40 sur 57", or "Aucun résultat". */
export function rangeLabel(index: number, shown: number, totalCount: number, pageSize = PAGE_SIZE): string {
  if (totalCount === 0 || shown === 0) return 'Aucun résultat';
  const from = index * pageSize + 1;
  const to = from + shown - 1;
  return `${from}–${to} sur ${totalCount}`;
}
