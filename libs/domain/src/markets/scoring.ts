/** A criterion of the grid a market scores its bids on; weights are percentages adding up to 100. */
export interface ScoringCriterionFacts {
  id: string;
  weight: number;
}

/** Seed 004's grid. */
export const DEFAULT_SCORING_GRID: readonly { label: string; weight: number }[] = [
  { label: 'Conformité au cahier des charges', weight: 30 },
  { label: 'Qualité de l’animation et des formations', weight: 20 },
  { label: 'Coût de l’action', weight: 20 },
  { label: 'Méthodologie d’intervention', weight: 15 },
  { label: 'Calendrier et délais de mise en œuvre', weight: 15 },
];

/** Each criterion is marked out of 20. */
export const MAX_MARK = 20;

export function gridWeightError(weights: readonly number[]): string | null {
  if (weights.length === 0) return 'La grille compte au moins un critère.';
  const sum = weights.reduce((a, b) => a + b, 0);
  return sum === 100 ? null : `Les pondérations doivent totaliser 100 % (total actuel : ${sum} %).`;
}

/** Marks are decimals with at most 2 digits ("15.5"); handled in hundredths so that no float rounding creeps in. */
const toHundredths = (mark: string): number => {
  const [whole, fraction = ''] = mark.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
};

/**
 * The weighted score out of 100: Σ weight × mark / 20, as a string with 2 decimals. Null while a criterion is not
 * marked: a bid is "scored" only when every criterion of the grid has a mark.
 */
export function weightedScore(
  criteria: readonly ScoringCriterionFacts[],
  marks: ReadonlyMap<string, string>,
): string | null {
  if (criteria.length === 0 || criteria.some((c) => !marks.has(c.id))) return null;
  // weight (%) × mark (hundredths of a point) / 20 gives hundredths of a point out of 100, rounded half up.
  const hundredths = Math.round(
    criteria.reduce((sum, c) => sum + c.weight * toHundredths(marks.get(c.id)!), 0) / MAX_MARK,
  );
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

export function isValidMark(mark: string): boolean {
  return /^\d{1,2}(\.\d{1,2})?$/.test(mark) && toHundredths(mark) <= MAX_MARK * 100;
}

/** Ranks by score, best first; equal scores share a rank (1, 2, 2, 4). Unscored bids are not ranked. */
export function rankBids<T extends { id: string; score: string | null }>(bids: readonly T[]): Map<string, number> {
  const scored = bids.filter((b) => b.score !== null).sort((a, b) => toHundredths(b.score!) - toHundredths(a.score!));
  const ranks = new Map<string, number>();
  scored.forEach((bid, i) =>
    ranks.set(bid.id, i > 0 && scored[i - 1].score === bid.score ? ranks.get(scored[i - 1].id)! : i + 1),
  );
  return ranks;
}

/** Amounts in euros incl. VAT, kept as strings for numeric columns: "42000" or "42000.50". */
export function isValidAmount(amount: string): boolean {
  return /^\d{1,10}(\.\d{1,2})?$/.test(amount);
}
