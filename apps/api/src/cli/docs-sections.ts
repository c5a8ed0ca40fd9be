import { API_KEY_SCOPES, Permission, PERMISSION_LABELS, Role, ROLE_PERMISSIONS } from '@passerelle/domain';
import { join } from 'node:path';
import { CronSchedule } from '../core/queue/cron';
import { DEFAULT_JOB_OPTIONS } from '../core/queue/maintenance.queue';
import { PURGE_REFRESH_TOKENS_SCHEDULE } from '../core/queue/maintenance.scheduler';
import { SWEEP_ORPHAN_FILES_SCHEDULE } from '../core/storage/storage.scheduler';
import { REMINDERS_SCHEDULE } from '../modules/notifications/reminders/reminders.scheduler';
import { REPORTS_SCHEDULE } from '../modules/reports/jobs/reports.scheduler';
import { RETENTION_SCHEDULE } from '../modules/retention/retention.scheduler';

/** Every repeatable job the API registers (a test checks this list against what the app puts in Redis). */
export const SCHEDULES: readonly CronSchedule[] = [
  PURGE_REFRESH_TOKENS_SCHEDULE,
  REMINDERS_SCHEDULE,
  REPORTS_SCHEDULE,
  RETENTION_SCHEDULE,
  SWEEP_ORPHAN_FILES_SCHEDULE,
];

export const DOCS_DIR = join(__dirname, '..', '..', '..', '..', 'docs');

const table = (header: string[], rows: string[][]) =>
  [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

/** docs/api.md: one row per permission, one column per role (from `ROLE_PERMISSIONS`). */
export function rolesTable(): string {
  const roles = Object.values(Role);
  return table(
    ['droit', 'sens', ...roles.map((role) => `\`${role}\``)],
    Object.values(Permission).map((permission) => [
      `\`${permission}\``,
      PERMISSION_LABELS[permission],
      ...roles.map((role) => (ROLE_PERMISSIONS[role].includes(permission) ? '✓' : '')),
    ]),
  );
}

/** docs/api.md: the scopes an API key may carry (`API_KEY_SCOPES`). */
export function scopesList(): string {
  return API_KEY_SCOPES.map((scope) => `\`${scope}\``).join(', ') + '.';
}

/** docs/operations.md: every repeatable job. */
export function jobsTable(): string {
  const { attempts, backoff } = DEFAULT_JOB_OPTIONS;
  const retries = `${attempts}, délai exponentiel à partir de ${backoff.delay / 1000} s`;
  return table(
    ['file', 'tâche', 'quand (Europe/Paris)', 'cron', 'réessais'],
    SCHEDULES.map((s) => [`\`${s.queue}\``, `\`${s.job}\` : ${s.task}`, s.when, `\`${s.pattern}\``, retries]),
  );
}

export const GENERATED_SECTIONS: Record<string, Record<string, () => string>> = {
  'api.md': { roles: rolesTable, scopes: scopesList },
  'operations.md': { jobs: jobsTable },
};

const marker = (name: string) =>
  new RegExp(`(<!-- generated:${name} [^>]*-->\\n)[\\s\\S]*?(<!-- /generated:${name} -->)`);

/** The document with each generated section rewritten; unknown or missing markers are an error. */
export function withGeneratedSections(text: string, sections: Record<string, () => string>): string {
  return Object.entries(sections).reduce((doc, [name, render]) => {
    if (!marker(name).test(doc)) throw new Error(`Marker <!-- generated:${name} --> missing`);
    return doc.replace(marker(name), (_, start: string, end: string) => `${start}\n${render()}\n\n${end}`);
  }, text);
}

/** Tables as Prettier pads them: compare content, not alignment. */
export const normalizeMarkdown = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.replace(/-{3,}/g, '---').replace(/\s+/g, ' ').trim())
    .join('\n');
