/** The director's figures for one structure ($1), late sheets as of $2; one round trip, counts in SQL. */
export const HOME_FIGURES_SQL = `
SELECT
  (SELECT count(*) FROM memberships WHERE "structureId" = $1)::int AS "memberCount",
  (SELECT count(*) FROM api_keys WHERE "structureId" = $1 AND "revokedAt" IS NULL)::int AS "activeApiKeyCount",
  (SELECT count(*) FROM participants WHERE "structureId" = $1)::int AS "participantCount",
  (SELECT count(*) FROM cej_contracts WHERE "structureId" = $1 AND status IN ('ACTIVE', 'SUSPENDED'))::int
    AS "activeCejContractCount",
  (SELECT count(*) FROM plie_paths WHERE "structureId" = $1 AND status IN ('ACTIVE', 'IN_JOB_FOLLOW_UP'))::int
    AS "activePliePathCount",
  (SELECT count(*) FROM orientations o
    WHERE o."structureId" = $1 AND o.status = 'PENDING_ENTRY'
      AND o."entrySheetSentOn" IS NULL AND o."entryDueOn" < $2)::int AS "lateOrientationCount"
`;
