import { AttendanceStatus, ExitProposalReason } from './enums';

/** Seed 002: two consecutive unexcused absences, or two unanswered reminders, are a reason to leave the action. */
export const EXIT_RULE_CONSECUTIVE_ABSENCES = 2;
export const EXIT_RULE_UNANSWERED_REMINDERS = 2;

/** Unexcused absences at the end of the record (sessions in date order); a presence or an excused absence breaks the run. */
export function trailingUnexcusedAbsences(attendances: readonly AttendanceStatus[]): number {
  let count = 0;
  for (let i = attendances.length - 1; i >= 0 && attendances[i] === AttendanceStatus.UNEXCUSED_ABSENCE; i--) count++;
  return count;
}

export interface ContactEvent {
  /** AAAA-MM-JJ */
  date: string;
  kind: 'REMINDER' | 'CONTACT';
  /** For a reminder: did the person answer? */
  answered?: boolean;
}

/** Unanswered reminders since the last contact (a presence, an interview or an answered reminder). */
export function unansweredRemindersSinceContact(events: readonly ContactEvent[]): number {
  const lastContact = events
    .filter((e) => e.kind === 'CONTACT' || (e.kind === 'REMINDER' && e.answered))
    .reduce<string | null>((max, e) => (max === null || e.date > max ? e.date : max), null);
  return events.filter((e) => e.kind === 'REMINDER' && !e.answered && (lastContact === null || e.date > lastContact))
    .length;
}

/**
 * The reason to propose an exit, or null. It is only a proposal: the operator validates or dismisses it, the system
 * never ends an action by itself.
 */
export function exitProposalReason(
  attendances: readonly AttendanceStatus[],
  events: readonly ContactEvent[],
): ExitProposalReason | null {
  if (trailingUnexcusedAbsences(attendances) >= EXIT_RULE_CONSECUTIVE_ABSENCES)
    return ExitProposalReason.CONSECUTIVE_UNEXCUSED_ABSENCES;
  if (unansweredRemindersSinceContact(events) >= EXIT_RULE_UNANSWERED_REMINDERS)
    return ExitProposalReason.UNANSWERED_REMINDERS;
  return null;
}
