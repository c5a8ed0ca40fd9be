import { FollowUpKind, WITHOUT_CONTACT_UNANSWERED_REMINDERS } from '@passerelle/domain';

/**
 * Last real contact and the "without contact" rule (2 unanswered reminders since the last contact), computed in SQL
 * for a batch of paths. It mirrors the domain's `isWithoutContact`.
 */
export const CONTACT_STATS_SQL = `
  SELECT ids.id AS "pathId", lc.last_contact::text AS "lastContactOn",
    (SELECT count(*) FROM plie_follow_ups r
      WHERE r."pathId" = ids.id AND r.kind = '${FollowUpKind.REMINDER}' AND r.answered IS NOT TRUE
        AND (lc.last_contact IS NULL OR r.date > lc.last_contact)) >= ${WITHOUT_CONTACT_UNANSWERED_REMINDERS} AS "withoutContact"
  FROM unnest($1::uuid[]) AS ids(id)
  LEFT JOIN LATERAL (
    SELECT max(f.date) AS last_contact FROM plie_follow_ups f
    WHERE f."pathId" = ids.id AND (f.kind = '${FollowUpKind.INTERVIEW}'
      OR (f.kind = '${FollowUpKind.REMINDER}' AND f.answered IS TRUE)
      OR (f.kind = '${FollowUpKind.COLLECTIVE_MEETING}' AND f.attended IS DISTINCT FROM FALSE))
  ) lc ON TRUE`;
