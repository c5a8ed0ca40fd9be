import { PORTFOLIO_ALERT_LABELS, PortfolioAlert, STEP_ENDING_SOON_DAYS, StepOutcome } from '@passerelle/domain';
import { daysBetween } from '../../lib/format';

export const PORTFOLIO_ALERT_COLORS: Record<PortfolioAlert, string> = {
  [PortfolioAlert.EXIT_SHEET_OWED]: 'red',
  [PortfolioAlert.WITHOUT_CONTACT]: 'red',
  [PortfolioAlert.NO_RECENT_CONTACT]: 'orange',
  [PortfolioAlert.STEP_ENDING_SOON]: 'yellow',
  [PortfolioAlert.COMMITTEE_PENDING]: 'blue',
};

/** The alert in words; "no recent contact" says after how many weeks. */
export function portfolioAlertLabel(alert: PortfolioAlert, noContactWeeks: number): string {
  if (alert === PortfolioAlert.NO_RECENT_CONTACT)
    return `Pas de contact depuis ${noContactWeeks} semaine${noContactWeeks > 1 ? 's' : ''} ou plus`;
  return PORTFOLIO_ALERT_LABELS[alert];
}

/** "il y a 5 semaines", "il y a 3 jours", "aujourd’hui"; "jamais" without a contact. */
export function sinceLabel(day: string | null | undefined, today: string): string {
  if (!day) return 'jamais';
  const days = daysBetween(day, today);
  if (days <= 0) return 'aujourd’hui';
  if (days === 1) return 'hier';
  if (days < 14) return `il y a ${days} jours`;
  const weeks = Math.floor(days / 7);
  return `il y a ${weeks} semaines`;
}

interface StepLike {
  title: string;
  outcome: StepOutcome;
  plannedEnd?: string | null;
  actualEnd?: string | null;
}

/** The step still running that ends first within the next 14 days (the one the alert is about), or null. */
export function stepEndingSoon<S extends StepLike>(
  steps: readonly S[],
  today: string,
): (S & { endsOn: string }) | null {
  let found: (S & { endsOn: string }) | null = null;
  for (const step of steps) {
    if (
      step.outcome === StepOutcome.COMPLETED ||
      step.outcome === StepOutcome.ABANDONED ||
      step.outcome === StepOutcome.NOT_STARTED
    )
      continue;
    const end = step.actualEnd ?? step.plannedEnd;
    if (!end) continue;
    const days = daysBetween(today, end);
    if (days < 0 || days > STEP_ENDING_SOON_DAYS) continue;
    if (!found || end < found.endsOn) found = { ...step, endsOn: end };
  }
  return found;
}

export const NO_CONTACT_WEEK_CHOICES = [2, 3, 4, 6, 8, 12];

export function parseNoContactWeeks(value: string | null, fallback: number): number {
  const n = Number(value);
  return NO_CONTACT_WEEK_CHOICES.includes(n) ? n : fallback;
}
