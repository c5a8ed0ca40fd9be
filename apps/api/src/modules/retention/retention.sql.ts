import { CURRENT_PATH_STATUSES } from '@passerelle/domain';
import { sqlList } from '../../core/database/sql';

/**
 * Participants whose last PLIE path is over and whose keep-until date (last exit + N years, never before the floor)
 * has passed, not flagged yet. $1 structure, $2 years, $3 floor, $4 today.
 */
export const FLAG_SQL = `
INSERT INTO retention_reviews ("structureId", "entityType", "entityId", "keepUntil", reason, version)
SELECT p."structureId", 'Participant', p.id, k.keep_until, 'Dernière sortie du PLIE le ' || to_char(x.last_exit, 'DD/MM/YYYY'), 1
FROM participants p
JOIN LATERAL (
  SELECT max(pp."exitDate") AS last_exit, bool_or(pp.status IN (${sqlList(CURRENT_PATH_STATUSES)})) AS current
  FROM plie_paths pp WHERE pp."participantId" = p.id
) x ON TRUE
CROSS JOIN LATERAL (SELECT greatest((x.last_exit + make_interval(years => $2::int))::date, $3::date) AS keep_until) k
WHERE p."structureId" = $1 AND x.last_exit IS NOT NULL AND x.current IS NOT TRUE AND k.keep_until < $4::date
ON CONFLICT ("entityType", "entityId") DO NOTHING
RETURNING id`;
