import {
  CURRENT_PATH_STATUSES,
  FollowUpKind,
  OPEN_PATH_STATUSES,
  PathStatus,
  PORTFOLIO_ALERT_WEIGHTS,
  PortfolioAlert,
  StepOutcome,
  WITHOUT_CONTACT_UNANSWERED_REMINDERS,
} from '@passerelle/domain';
import { sqlList } from '../../../core/database/sql';
import { providerPathSql } from '../paths/path-access';

const OPEN = sqlList(OPEN_PATH_STATUSES);

/** Alert columns in urgency order; each is a boolean computed in SQL. */
export const ALERT_COLUMNS: [PortfolioAlert, string][] = [
  [PortfolioAlert.EXIT_SHEET_OWED, 'exitSheetOwed'],
  [PortfolioAlert.WITHOUT_CONTACT, 'withoutContact'],
  [PortfolioAlert.NO_RECENT_CONTACT, 'noRecentContact'],
  [PortfolioAlert.STEP_ENDING_SOON, 'stepEndingSoon'],
  [PortfolioAlert.COMMITTEE_PENDING, 'committeePending'],
];

/**
 * The référent's paths that are not over, and the exited ones still owing FSE+ exit data, with their alerts —
 * all computed in one SQL statement, ordered by urgency, then by the oldest last contact.
 * $1 référent, $2 structure, $3 today, $4 contact cut-off, $5 end of the "ending soon" window, $6 limit, $7 offset.
 */
const REFERENT_PATHS = `
  SELECT pp.id, pp.status, pp."followUpEndsOn", pp."orientedOn", pp."admittedOn"
  FROM plie_paths pp JOIN participants p ON p.id = pp."participantId"
  WHERE p."referentUserId" = $1 AND pp."structureId" = $2
    AND (pp.status IN (${sqlList(CURRENT_PATH_STATUSES)})
      OR (pp.status = '${PathStatus.EXITED}' AND coalesce(cardinality(pp."fseExitResults"), 0) = 0))`;

/**
 * A provider's portfolio (seed 001, lots 1 and 2): the admitted paths it reaches through an open orientation to one of
 * its lots ($2 the provider structure, $3 today); $1, the signed-in référent, only types the shared parameter list.
 */
const PROVIDER_PATHS = `
  SELECT pp.id, pp.status, pp."followUpEndsOn", pp."orientedOn", pp."admittedOn"
  FROM plie_paths pp
  WHERE $1::uuid IS NOT NULL AND ${providerPathSql('pp', '$2::uuid', '$3')}`;

const portfolioBody = (mine: string) => `
WITH mine AS (${mine}
), flags AS (
  SELECT m.id, lc.last_contact::text AS "lastContactOn",
    (m.status = '${PathStatus.IN_JOB_FOLLOW_UP}' AND m."followUpEndsOn" < $3::date) OR m.status = '${PathStatus.EXITED}' AS "exitSheetOwed",
    (m.status IN (${OPEN}) AND ur.n >= ${WITHOUT_CONTACT_UNANSWERED_REMINDERS}) AS "withoutContact",
    (m.status IN (${OPEN}) AND coalesce(lc.last_contact, m."admittedOn", m."orientedOn") < $4::date) AS "noRecentContact",
    (m.status IN (${OPEN}) AND EXISTS (
      SELECT 1 FROM plie_steps s WHERE s."pathId" = m.id AND s.outcome IN ('${StepOutcome.PLANNED}', '${StepOutcome.IN_PROGRESS}')
        AND coalesce(s."actualEnd", s."plannedEnd") BETWEEN $3::date AND $5::date)) AS "stepEndingSoon",
    m.status IN ('${PathStatus.PROPOSED}', '${PathStatus.AWAITING_COMMITTEE}') AS "committeePending"
  FROM mine m
  LEFT JOIN LATERAL (
    SELECT max(f.date) AS last_contact FROM plie_follow_ups f
    WHERE f."pathId" = m.id AND (f.kind = '${FollowUpKind.INTERVIEW}'
      OR (f.kind = '${FollowUpKind.REMINDER}' AND f.answered IS TRUE)
      OR (f.kind = '${FollowUpKind.COLLECTIVE_MEETING}' AND f.attended IS DISTINCT FROM FALSE))
  ) lc ON TRUE
  LEFT JOIN LATERAL (
    SELECT count(*) AS n FROM plie_follow_ups r
    WHERE r."pathId" = m.id AND r.kind = '${FollowUpKind.REMINDER}' AND r.answered IS NOT TRUE AND (lc.last_contact IS NULL OR r.date > lc.last_contact)
  ) ur ON TRUE
), scored AS (
  SELECT f.*, (${ALERT_COLUMNS.map(([alert, column]) => `CASE WHEN f."${column}" THEN ${PORTFOLIO_ALERT_WEIGHTS[alert]} ELSE 0 END`).join(' + ')}) AS urgency
  FROM flags f
)
SELECT s.*, count(*) OVER ()::int AS total FROM scored s
ORDER BY s.urgency DESC, s."lastContactOn" ASC NULLS FIRST, s.id`;

export const PORTFOLIO_SQL = `${portfolioBody(REFERENT_PATHS)}
LIMIT $6 OFFSET $7`;

/** The total alone (every row carries it), for a page asked past the end: $1 to $5 as above. */
export const PORTFOLIO_TOTAL_SQL = `${portfolioBody(REFERENT_PATHS)}
LIMIT 1`;

/** The same for a provider's référent: same parameters, $2 being the provider structure. */
export const PROVIDER_PORTFOLIO_SQL = `${portfolioBody(PROVIDER_PATHS)}
LIMIT $6 OFFSET $7`;

export const PROVIDER_PORTFOLIO_TOTAL_SQL = `${portfolioBody(PROVIDER_PATHS)}
LIMIT 1`;
