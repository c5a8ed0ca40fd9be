/** Small cells: below this many people, a count is not published (statistical secrecy). The default of a network. */
export const DEFAULT_SMALL_CELL_THRESHOLD = 5;

/**
 * A count of people as a network or a study may see it: `null` ("secret") when it is 1 to threshold − 1, since so
 * few people could be recognised; zero stays zero.
 */
export function suppressSmallCount(count: number, threshold: number): number | null {
  return count > 0 && count < threshold ? null : count;
}

/** The department of a commune from its INSEE code: 3 characters overseas (971…976), 2 otherwise (2A, 2B for Corsica). */
export function departmentOfCommune(communeCode: string | null | undefined): string | null {
  if (!communeCode || !/^(\d{5}|2[AB]\d{3})$/.test(communeCode)) return null;
  return communeCode.startsWith('97') ? communeCode.slice(0, 3) : communeCode.slice(0, 2);
}
