/** Places left in a session (never negative). */
export function remainingPlaces(enrolled: number, max: number): number {
  return Math.max(0, max - enrolled);
}

/** Why one more enrolment is refused, or null when there is room. */
export function enrolmentCapacityError(enrolled: number, max: number): string | null {
  if (enrolled >= max) return `La séance est complète (${max} place${max > 1 ? 's' : ''} au plus).`;
  return null;
}

/** A group below its minimum size (seed 002: 4 to 7 per workshop) is flagged, not refused. */
export function belowMinimum(enrolled: number, min: number | null): boolean {
  return min != null && enrolled < min;
}

/** Capacity bounds a session may take, checked against the lot's group size. */
export function capacityBoundsError(
  min: number | null,
  max: number,
  lot: { groupMin: number | null; groupMax: number | null },
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (min != null && min > max) errors.minParticipants = 'Le minimum ne peut dépasser le maximum.';
  if (lot.groupMax != null && max > lot.groupMax)
    errors.maxParticipants = `Le lot prévoit ${lot.groupMax} participants au plus par groupe.`;
  return errors;
}
