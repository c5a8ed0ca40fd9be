import { addDays, CalendarDate } from '../dates';

/** Seeds 001 and 002: a liaison sheet is sent within 15 calendar days of the orientation, and of the exit. */
export const LIAISON_SHEET_DEADLINE_DAYS = 15;

export enum DeadlineStatus {
  /** Not sent yet, the deadline is not passed. */
  PENDING = 'PENDING',
  /** Not sent, and the deadline is passed. */
  OVERDUE = 'OVERDUE',
  SENT_ON_TIME = 'SENT_ON_TIME',
  SENT_LATE = 'SENT_LATE',
}

export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, string> = {
  [DeadlineStatus.PENDING]: 'À envoyer',
  [DeadlineStatus.OVERDUE]: 'En retard (non envoyée)',
  [DeadlineStatus.SENT_ON_TIME]: 'Envoyée dans les délais',
  [DeadlineStatus.SENT_LATE]: 'Envoyée en retard',
};

/** The last day the sheet may be sent: the 15th calendar day after the event (orientation or exit). */
export function liaisonSheetDueOn(eventOn: CalendarDate): CalendarDate {
  return addDays(eventOn, LIAISON_SHEET_DEADLINE_DAYS);
}

export function deadlineStatus(dueOn: CalendarDate, sentOn: CalendarDate | null, today: CalendarDate): DeadlineStatus {
  if (sentOn) return sentOn > dueOn ? DeadlineStatus.SENT_LATE : DeadlineStatus.SENT_ON_TIME;
  return today > dueOn ? DeadlineStatus.OVERDUE : DeadlineStatus.PENDING;
}

/** Late sheets are flagged to both the operator and the provider. */
export function isLate(status: DeadlineStatus): boolean {
  return status === DeadlineStatus.OVERDUE || status === DeadlineStatus.SENT_LATE;
}
