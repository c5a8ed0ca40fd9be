/**
 * The one place that lists the exceptions to the two rules every GraphQL operation follows:
 * 1. it declares an access rule (`@RequirePermissions`, `@Authenticated` or `@Public` on its resolver method), and
 *    only the operations below may be public (platform.e2e-spec.ts);
 * 2. it is refused, changing nothing, when a caller of one structure sends the id of another structure's record
 *    (isolation-probe.e2e-spec.ts probes every operation that takes an id; those the probe cannot feed are listed in
 *    CROSS_STRUCTURE_TESTS with the e2e test that proves it).
 */

/** Operations anyone may call without signing in, and why. */
export const PUBLIC_OPERATIONS: Record<string, string> = {
  login: 'Signing in: the caller has no token yet (rate-limited per address and per account).',
};

/**
 * Operations the isolation probe does not call with another structure's ids, mapped to the e2e test file (under
 * apps/api/test) that proves their cross-structure behaviour; that file must mention the operation by name.
 */
export const CROSS_STRUCTURE_TESTS: Record<string, { test: string; reason: string }> = {
  reportJob: { test: 'jobs.e2e-spec.ts', reason: 'report jobs live in the Redis queue, not in a table' },
  decidePliePathExitProposal: {
    test: 'plie-provider-referents.e2e-spec.ts',
    reason:
      'needs a pending exit proposal made by a provider référent on an admitted, oriented path (Lunel: NOT_FOUND)',
  },
  decidePathCommitteeProposal: {
    test: 'plie-provider-referents.e2e-spec.ts',
    reason:
      'needs a pending committee proposal made by a provider référent on an admitted, oriented path (Lunel: NOT_FOUND, the provider: FORBIDDEN)',
  },
  submitCejMonthlyReturn: {
    test: 'cej-providers.e2e-spec.ts',
    reason: 'needs a draft monthly return of a young person a CEJ lot receives (another provider: NOT_FOUND)',
  },
};

/** Queries that show records of other structures by design, and why (the probe lets them through). */
export const SHARED_READS: Record<string, string> = {
  cejParameters: 'the national CEJ parameters (allowance amounts, durations): one table for every structure',
  openLots: 'the lots of calls for tenders open to bids are shown to every provider, which may apply',
  providerDirectory: 'the directory of provider structures (name, SIRET, town) that operators consult to award lots',
};
