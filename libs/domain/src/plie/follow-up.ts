import { CalendarDate } from '../dates';

/** What the follow-up log records. */
export enum FollowUpKind {
  INTERVIEW = 'INTERVIEW',
  REMINDER = 'REMINDER',
  COLLECTIVE_MEETING = 'COLLECTIVE_MEETING',
}

export const FOLLOW_UP_KIND_LABELS: Record<FollowUpKind, string> = {
  [FollowUpKind.INTERVIEW]: 'Entretien individuel',
  [FollowUpKind.REMINDER]: 'Relance',
  [FollowUpKind.COLLECTIVE_MEETING]: 'Réunion collective',
};

export enum ContactMode {
  FACE_TO_FACE = 'FACE_TO_FACE',
  PHONE = 'PHONE',
  VIDEO = 'VIDEO',
  EMAIL = 'EMAIL',
  SMS = 'SMS',
  LETTER = 'LETTER',
}

export const CONTACT_MODE_LABELS: Record<ContactMode, string> = {
  [ContactMode.FACE_TO_FACE]: 'En présentiel',
  [ContactMode.PHONE]: 'Par téléphone',
  [ContactMode.VIDEO]: 'En visioconférence',
  [ContactMode.EMAIL]: 'Par courriel',
  [ContactMode.SMS]: 'Par SMS',
  [ContactMode.LETTER]: 'Par courrier',
};

/** Modes an interview can take; reminders may also go by e-mail, SMS or letter. */
export const INTERVIEW_MODES: readonly ContactMode[] = [ContactMode.FACE_TO_FACE, ContactMode.PHONE, ContactMode.VIDEO];

/** Seed 002: a participant is lost of contact after 2 unanswered reminders. */
export const WITHOUT_CONTACT_UNANSWERED_REMINDERS = 2;

export interface FollowUpFacts {
  kind: FollowUpKind;
  date: CalendarDate;
  /** For reminders: whether the person answered. */
  answered?: boolean | null;
  /** For collective meetings: whether the person came. */
  attended?: boolean | null;
}

/** A real contact with the person: an interview, an answered reminder, a collective meeting they attended. */
export function isContact(entry: FollowUpFacts): boolean {
  switch (entry.kind) {
    case FollowUpKind.INTERVIEW:
      return true;
    case FollowUpKind.REMINDER:
      return entry.answered === true;
    case FollowUpKind.COLLECTIVE_MEETING:
      return entry.attended !== false;
  }
}

/** The day of the last real contact, or null. */
export function lastContactDate(entries: readonly FollowUpFacts[]): CalendarDate | null {
  return entries
    .filter(isContact)
    .reduce<CalendarDate | null>((last, e) => (last === null || e.date > last ? e.date : last), null);
}

/**
 * "Sans contact": at least 2 unanswered reminders dated after the last real contact (on the day of the last contact
 * or before, a reminder does not count).
 */
export function isWithoutContact(entries: readonly FollowUpFacts[]): boolean {
  const last = lastContactDate(entries);
  const unanswered = entries.filter(
    (e) => e.kind === FollowUpKind.REMINDER && e.answered !== true && (last === null || e.date > last),
  );
  return unanswered.length >= WITHOUT_CONTACT_UNANSWERED_REMINDERS;
}
