import { describe, expect, it } from 'vitest';
import { afterCursor, FIRST_PAGE, nextPage, pageCount, previousPage, rangeLabel } from './pagination';

describe('cursor pages', () => {
  it('walks forward with end cursors and back without losing them', () => {
    let state = FIRST_PAGE;
    expect(afterCursor(state)).toBeNull();
    state = nextPage(state, 'c20');
    state = nextPage(state, 'c40');
    expect(afterCursor(state)).toBe('c40');
    state = previousPage(state);
    expect(afterCursor(state)).toBe('c20');
    state = nextPage(state, 'c40-bis');
    expect(state.cursors).toEqual([null, 'c20', 'c40-bis']);
    expect(previousPage(FIRST_PAGE)).toBe(FIRST_PAGE);
    expect(nextPage(state, null)).toBe(state);
  });

  it('labels the range in French', () => {
    expect(rangeLabel(0, 0, 0)).toBe('Aucun résultat');
    expect(rangeLabel(1, 17, 37)).toBe('21–37 sur 37');
    expect(pageCount(0)).toBe(1);
    expect(pageCount(41)).toBe(3);
  });
});
