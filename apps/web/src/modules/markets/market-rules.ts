/** Seed 004's grid, the default of a new market. */
export const DEFAULT_CRITERIA = [
  { label: 'Conformité au cahier des charges', weight: 30 },
  { label: 'Qualité de l’animation et des formations', weight: 20 },
  { label: 'Coût de l’action', weight: 20 },
  { label: 'Méthodologie d’intervention', weight: 15 },
  { label: 'Calendrier et délais de mise en œuvre', weight: 15 },
];

export function totalWeight(criteria: readonly { weight: number | string }[]): number {
  return criteria.reduce((sum, c) => sum + (Number(c.weight) || 0), 0);
}

/** Marks are out of 20 with at most 2 decimals; the French comma is accepted. */
export function normalizeMark(mark: string): string {
  return mark.trim().replace(',', '.');
}

export function isValidMark(mark: string): boolean {
  const m = normalizeMark(mark);
  return /^\d{1,2}(\.\d{1,2})?$/.test(m) && Number(m) <= 20;
}

/** The weighted score out of 100 (Σ weight × mark / 20), or null while a criterion is not marked. */
export function previewScore(
  criteria: readonly { id: string; weight: number }[],
  marks: Readonly<Record<string, string>>,
): string | null {
  if (criteria.length === 0 || criteria.some((c) => !isValidMark(marks[c.id] ?? ''))) return null;
  const score = criteria.reduce((sum, c) => sum + (c.weight * Number(normalizeMark(marks[c.id]))) / 20, 0);
  return score.toFixed(2);
}

/** Amounts typed with a comma or spaces become the API's "42000.50". */
export function normalizeAmount(amount: string): string {
  return amount.replace(/\s/g, '').replace(',', '.');
}

/** Two grids are the same when they list the same labels with the same weights, in the same order. */
export function sameGrid(
  a: readonly { label: string; weight: number }[],
  b: readonly { label: string; weight: number }[],
): boolean {
  return (
    a.length === b.length &&
    a.every((c, i) => c.label.trim() === b[i].label.trim() && Number(c.weight) === Number(b[i].weight))
  );
}

/** "60.00" → "60 %", "33.50" → "33,5 %". */
export function formatShare(share: string): string {
  const trimmed = share.includes('.') ? share.replace(/\.?0+$/, '') : share;
  return `${trimmed.replace('.', ',')} %`;
}

/** « Groupement : Cap Compétences (mandataire, 60 %) · Insertion Plus (40 %) », or null for a solo bid. */
export function groupLabel(
  members: readonly { lead: boolean; sharePercent: string; structure: { name: string } }[],
): string | null {
  if (members.length === 0) return null;
  const parts = members.map(
    (m) => `${m.structure.name} (${m.lead ? 'mandataire, ' : ''}${formatShare(m.sharePercent)})`,
  );
  return `Groupement : ${parts.join(' · ')}`;
}
