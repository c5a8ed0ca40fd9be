/**
 * Pure rules of the markets / provider / activities screens: labels, deadline badges, signing links, attendance
 * edits, durations. Everything here is tested by Vitest (activity-rules.spec.ts).
 */
import { daysBetween } from '../../lib/format';

export const ORIENTATION_STATUS_COLORS: Record<string, string> = {
  PENDING_ENTRY: 'yellow',
  ENTERED: 'blue',
  NOT_ENTERED: 'gray',
  EXITED: 'teal',
};

export interface DeadlineLike {
  dueOn: string;
  sentOn?: string | null;
  status: string;
  late: boolean;
}

/** The badge of a liaison-sheet deadline: "En retard de 3 jours", "À envoyer avant le 15/01/2026" … */
export function deadlineBadge(
  deadline: DeadlineLike,
  today: string,
  formatDay: (day: string) => string,
): { color: string; label: string } {
  switch (deadline.status) {
    case 'OVERDUE': {
      const days = daysBetween(deadline.dueOn, today);
      return { color: 'red', label: `En retard${days > 0 ? ` de ${days} jour${days > 1 ? 's' : ''}` : ''}` };
    }
    case 'SENT_LATE':
      return {
        color: 'orange',
        label: `Envoyée en retard${deadline.sentOn ? ` le ${formatDay(deadline.sentOn)}` : ''}`,
      };
    case 'SENT_ON_TIME':
      return { color: 'teal', label: `Envoyée${deadline.sentOn ? ` le ${formatDay(deadline.sentOn)}` : ''}` };
    default: {
      const left = daysBetween(today, deadline.dueOn);
      return { color: left <= 3 ? 'orange' : 'yellow', label: `À envoyer avant le ${formatDay(deadline.dueOn)}` };
    }
  }
}

/** Which liaison sheet the provider owes next for an orientation, if any. */
export function sheetOwed(o: { status: string; exitSheet?: DeadlineLike | null }): 'ENTRY' | 'EXIT' | null {
  if (o.status === 'PENDING_ENTRY') return 'ENTRY';
  if (o.status === 'ENTERED' || (o.status === 'EXITED' && o.exitSheet && !o.exitSheet.sentOn)) return 'EXIT';
  return null;
}

/** The address of the web signing page of a one-time link: the API's full `url` when it knows it, else this origin + `path` ("/sign/<token>"). */
export function signingUrl(origin: string, link: { path: string; url?: string | null }): string {
  if (link.url) return link.url;
  return `${origin.replace(/\/$/, '')}${link.path.startsWith('/') ? '' : '/'}${link.path}`;
}

/** "14:00" and 90 minutes → "14:00 – 15:30". */
export function timeRange(startTime: string, durationMinutes: number): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(startTime);
  if (!match) return startTime;
  const end = Number(match[1]) * 60 + Number(match[2]) + durationMinutes;
  const hh = String(Math.floor(end / 60) % 24).padStart(2, '0');
  const mm = String(end % 60).padStart(2, '0');
  return `${startTime} – ${hh}:${mm}`;
}

/** The attendance entries that changed against what the API has (only those are sent). */
export function attendanceChanges(
  saved: readonly { id: string; attendance: string | null | undefined }[],
  draft: Readonly<Record<string, string | null | undefined>>,
): { enrolmentId: string; status: string }[] {
  const changes: { enrolmentId: string; status: string }[] = [];
  for (const enrolment of saved) {
    const next = draft[enrolment.id];
    if (next && next !== enrolment.attendance) changes.push({ enrolmentId: enrolment.id, status: next });
  }
  return changes;
}

/** Attendance still to record before the sheet can be frozen. */
export function missingAttendance(enrolments: readonly { attendance: string | null | undefined }[]): number {
  return enrolments.filter((e) => !e.attendance).length;
}

/** "3 / 12 places", with the remaining count when it matters. */
export function capacityLabel(enrolled: number, max: number): string {
  const left = Math.max(0, max - enrolled);
  return `${enrolled} / ${max} inscrit${enrolled > 1 ? 's' : ''}${left === 0 ? ' · complet' : ` · ${left} place${left > 1 ? 's' : ''} libre${left > 1 ? 's' : ''}`}`;
}
