import { CalendarDate } from '../dates';
import { FRENCH_MONTHS } from '../reports/periods';
import { InterviewKind } from './enums';

/**
 * Seed 002, lot 1: « Nombre d'entretiens par participant : 4 à 5 maximum » for the relational help, and psychological
 * support « à raison de deux entretiens par mois » for the participants who adhere to it. Decision: the maximum counts
 * the interviews other than psychosocial support (which follows its own monthly cadence); the cadence starts with the
 * first psychosocial support interview (the participant's adherence) and runs until the exit or today.
 */
export const PSYCHOSOCIAL_INTERVIEWS_PER_MONTH = 2;

export interface InterviewMonth {
  /** "AAAA-MM". */
  month: string;
  interviews: number;
  /** A past month with fewer than two psychosocial support interviews. */
  late: boolean;
}

export interface InterviewFollowUp {
  /** Interviews counted against the lot's maximum per participant. */
  counted: number;
  limit: number | null;
  /** How many are beyond the lot's maximum (0 when within it or without one). */
  beyondLimit: number;
  /** Psychosocial support, month by month since the first one (empty without any). */
  psychosocialMonths: InterviewMonth[];
}

const nextMonth = (month: string) => {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
};

export function interviewFollowUp(
  interviews: readonly { date: CalendarDate; kind: InterviewKind }[],
  limit: number | null,
  until: CalendarDate,
): InterviewFollowUp {
  const counted = interviews.filter((i) => i.kind !== InterviewKind.PSYCHOSOCIAL_SUPPORT).length;
  const psychosocial = interviews
    .filter((i) => i.kind === InterviewKind.PSYCHOSOCIAL_SUPPORT)
    .map((i) => i.date.slice(0, 7))
    .sort();
  const psychosocialMonths: InterviewMonth[] = [];
  if (psychosocial.length) {
    const current = until.slice(0, 7);
    for (let month = psychosocial[0]; month <= current; month = nextMonth(month)) {
      const count = psychosocial.filter((m) => m === month).length;
      psychosocialMonths.push({
        month,
        interviews: count,
        late: month < current && count < PSYCHOSOCIAL_INTERVIEWS_PER_MONTH,
      });
    }
  }
  return { counted, limit, beyondLimit: limit === null ? 0 : Math.max(0, counted - limit), psychosocialMonths };
}

/** "2026-03" → "mars 2026". */
export const frenchMonth = (month: string): string =>
  `${FRENCH_MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
