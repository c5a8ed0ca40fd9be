import { DEFAULT_JOB_OPTIONS } from './maintenance.queue';

/**
 * One queue per concern. Producers exist in every process; workers and schedules only where JOBS_ENABLED is true.
 * Every job has a fixed `jobId` when running it twice must not do the work twice.
 */
export const REPORTS_QUEUE = 'reports';
export const REMINDERS_QUEUE = 'reminders';
export const RETENTION_QUEUE = 'retention';
export const MAIL_QUEUE = 'mail';
export const STORAGE_QUEUE = 'storage';

/** Cron fan-out: one job per operator structure, each with its own id. */
export const PREPARE_SCHEDULED_REPORTS_JOB = 'prepare-scheduled-reports';
export const PREPARE_REPORT_JOB = 'prepare-report';
export const SEND_REMINDERS_JOB = 'send-reminders';
export const SEND_STRUCTURE_REMINDERS_JOB = 'send-structure-reminders';
export const FLAG_RETENTION_JOB = 'flag-retention';
export const FLAG_STRUCTURE_RETENTION_JOB = 'flag-structure-retention';
export const SEND_MAIL_JOB = 'send-mail';
export const SWEEP_ORPHAN_FILES_JOB = 'sweep-orphan-files';

export const JOB_QUEUES = [REPORTS_QUEUE, REMINDERS_QUEUE, RETENTION_QUEUE, MAIL_QUEUE, STORAGE_QUEUE] as const;

/** BullMQ refuses ':' in custom ids: parts are joined with '__'. */
export const jobId = (...parts: string[]): string => parts.map((part) => part.replace(/:/g, '-')).join('__');

export { DEFAULT_JOB_OPTIONS };
