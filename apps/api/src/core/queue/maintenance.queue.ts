/** The queue for platform upkeep, and the jobs it runs. */
export const MAINTENANCE_QUEUE = 'maintenance';

export const PURGE_REFRESH_TOKENS_JOB = 'purge-expired-refresh-tokens';

export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 30_000 },
  removeOnComplete: { count: 200 },
  removeOnFail: { count: 1000 },
} as const;
