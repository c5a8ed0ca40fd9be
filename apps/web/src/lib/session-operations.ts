/** Operations sent without the bearer token (they authenticate by themselves). */
export const NO_BEARER_OPERATIONS: ReadonlySet<string> = new Set(['Login']);

/** Operations that must never trigger the refresh-and-retry of the error link. */
export const NO_RETRY_OPERATIONS: ReadonlySet<string> = new Set(['Login']);
