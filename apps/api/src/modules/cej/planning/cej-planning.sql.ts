import {
  CejActionOutcome,
  CejContractStatus,
  CejParameterKey,
  COMPANY_ACTION_KINDS,
  COMPANY_DAYS_WINDOW_MONTHS,
  DONE_OUTCOMES,
} from '@passerelle/domain';
import { sqlList } from '../../../core/database/sql';

/**
 * Planned versus done, in SQL: hours planned, done, attendance rate and intensity per week and per month, days in a
 * company per contract. They mirror the domain's `weekIntensity` and `companyDaysProgress` (same definitions), with
 * the thresholds read from the dated parameters in force at the start of each period.
 */
export const COMPANY_KINDS_SQL = sqlList(COMPANY_ACTION_KINDS);
export const DONE_OUTCOMES_SQL = sqlList(DONE_OUTCOMES);

/** The value of a parameter in force on a day (a subquery using the unique index on key and validFrom). */
export const paramOn = (key: CejParameterKey, day: string) =>
  `(SELECT p.value FROM cej_parameters p WHERE p.key = '${key}' AND p."validFrom" <= ${day} ORDER BY p."validFrom" DESC LIMIT 1)`;

/** Per action: its week, its hours, and what the attendance rate counts (the planned hours of recorded actions). */
const ACTION_HOURS = `
  SELECT a."contractId" AS contract_id, a.date, a."plannedHours" AS planned, coalesce(a."doneHours", 0) AS done,
    CASE WHEN a.outcome <> '${CejActionOutcome.PLANNED}' THEN a."plannedHours" ELSE 0 END AS recorded,
    CASE WHEN a.outcome = '${CejActionOutcome.NOT_DONE_EXCUSED}' THEN a."plannedHours" ELSE 0 END AS excused,
    CASE WHEN a.outcome = '${CejActionOutcome.NOT_DONE_UNEXCUSED}' THEN a."plannedHours" ELSE 0 END AS unexcused,
    a.kind IN (${COMPANY_KINDS_SQL}) AND a.outcome IN (${DONE_OUTCOMES_SQL}) AS company
  FROM cej_actions a WHERE a."contractId" = ANY($1::uuid[])`;

/** $1 contract ids, $2 today. Every week of each signed contract, from its first week to its last. */
export const WEEKS_SQL = `
WITH c AS (
  SELECT c.id, c."startOn" AS start_on, coalesce(c."endedOn", c."endOn") AS last_day
  FROM cej_contracts c WHERE c.id = ANY($1::uuid[]) AND c.status <> '${CejContractStatus.DRAFT}'
), w AS (
  SELECT c.id AS contract_id, gs::date AS week_start
  FROM c, generate_series(date_trunc('week', (c.start_on)::timestamp), date_trunc('week', (c.last_day)::timestamp), interval '1 week') gs
), h AS (${ACTION_HOURS}
), agg AS (
  SELECT contract_id, date_trunc('week', (date)::timestamp)::date AS week_start, sum(planned) AS planned, sum(done) AS done, sum(recorded) AS recorded,
    sum(excused) AS excused, sum(unexcused) AS unexcused, count(*) AS actions, count(DISTINCT date) FILTER (WHERE company) AS company_days
  FROM h GROUP BY 1, 2
), t AS (
  SELECT w.*, coalesce(agg.planned, 0) AS planned, coalesce(agg.done, 0) AS done, coalesce(agg.recorded, 0) AS recorded,
    coalesce(agg.excused, 0) AS excused, coalesce(agg.unexcused, 0) AS unexcused, coalesce(agg.actions, 0) AS actions,
    coalesce(agg.company_days, 0) AS company_days,
    ${paramOn(CejParameterKey.WEEKLY_HOURS_MIN, 'w.week_start')} AS min_hours,
    ${paramOn(CejParameterKey.WEEKLY_HOURS_MAX, 'w.week_start')} AS max_hours,
    ${paramOn(CejParameterKey.ATTENDANCE_RATE_MIN, 'w.week_start')} AS min_rate
  FROM w LEFT JOIN agg ON agg.contract_id = w.contract_id AND agg.week_start = w.week_start
)
SELECT t.contract_id AS "contractId", t.week_start::text AS "weekStart", (t.week_start + 6)::text AS "weekEnd",
  (t.week_start + 6) < $2::date AS complete,
  t.planned::float AS "plannedHours", t.done::float AS "doneHours", t.recorded::float AS "recordedPlannedHours",
  t.excused::float AS "excusedAbsenceHours", t.unexcused::float AS "unexcusedAbsenceHours", t.actions::int AS actions, t.company_days::int AS "companyDays",
  CASE WHEN t.recorded > 0 THEN round(t.done / t.recorded, 4)::float END AS "attendanceRate",
  CASE WHEN t.done < t.min_hours THEN 'BELOW' WHEN t.done > t.max_hours THEN 'ABOVE' ELSE 'WITHIN' END AS intensity,
  t.done >= t.min_hours AS "intensityMet", t.planned >= t.min_hours AS "plannedIntensityMet",
  CASE WHEN t.recorded > 0 THEN round(t.done / t.recorded, 4) >= t.min_rate END AS "attendanceMet",
  t.min_hours::float AS "weeklyHoursMin", t.max_hours::float AS "weeklyHoursMax", t.min_rate::float AS "attendanceRateMin"
FROM t ORDER BY t.contract_id, t.week_start`;

/**
 * $1 contract ids, $2 today. Every month of each signed contract: hours, attendance, the average weekly hours done
 * (hours done / days covered × 7) against the weekly minimum, and how many of its weeks met the intensity.
 */
export const MONTHS_SQL = `
WITH c AS (
  SELECT c.id, c."startOn" AS start_on, coalesce(c."endedOn", c."endOn") AS last_day
  FROM cej_contracts c WHERE c.id = ANY($1::uuid[]) AND c.status <> '${CejContractStatus.DRAFT}'
), m AS (
  SELECT c.id AS contract_id, gs::date AS month_start, c.start_on, c.last_day
  FROM c, generate_series(date_trunc('month', (c.start_on)::timestamp), date_trunc('month', (c.last_day)::timestamp), interval '1 month') gs
), h AS (${ACTION_HOURS}
), agg AS (
  SELECT contract_id, date_trunc('month', (date)::timestamp)::date AS month_start, sum(planned) AS planned, sum(done) AS done, sum(recorded) AS recorded,
    sum(excused) AS excused, sum(unexcused) AS unexcused, count(*) AS actions, count(DISTINCT date) FILTER (WHERE company) AS company_days
  FROM h GROUP BY 1, 2
), weeks AS (
  SELECT contract_id, date_trunc('week', (date)::timestamp)::date AS week_start, sum(done) AS done FROM h GROUP BY 1, 2
), t AS (
  SELECT m.*, coalesce(agg.planned, 0) AS planned, coalesce(agg.done, 0) AS done, coalesce(agg.recorded, 0) AS recorded,
    coalesce(agg.excused, 0) AS excused, coalesce(agg.unexcused, 0) AS unexcused, coalesce(agg.actions, 0) AS actions,
    coalesce(agg.company_days, 0) AS company_days,
    least((m.month_start + interval '1 month')::date - 1, m.last_day) - greatest(m.month_start, m.start_on) + 1 AS covered_days,
    ${paramOn(CejParameterKey.WEEKLY_HOURS_MIN, 'm.month_start')} AS min_hours,
    ${paramOn(CejParameterKey.ATTENDANCE_RATE_MIN, 'm.month_start')} AS min_rate
  FROM m LEFT JOIN agg ON agg.contract_id = m.contract_id AND agg.month_start = m.month_start
)
SELECT t.contract_id AS "contractId", t.month_start::text AS month,
  t.planned::float AS "plannedHours", t.done::float AS "doneHours", t.recorded::float AS "recordedPlannedHours",
  t.excused::float AS "excusedAbsenceHours", t.unexcused::float AS "unexcusedAbsenceHours", t.actions::int AS actions, t.company_days::int AS "companyDays",
  t.covered_days::int AS "coveredDays",
  CASE WHEN t.recorded > 0 THEN round(t.done / t.recorded, 4)::float END AS "attendanceRate",
  CASE WHEN t.recorded > 0 THEN round(t.done / t.recorded, 4) >= t.min_rate END AS "attendanceMet",
  round(t.done / greatest(t.covered_days, 1) * 7, 2)::float AS "averageWeeklyDoneHours",
  round(t.done / greatest(t.covered_days, 1) * 7, 2) >= t.min_hours AS "intensityMet",
  (SELECT count(*) FROM generate_series(date_trunc('week', (greatest(t.month_start, t.start_on)::timestamp)), least((t.month_start + interval '1 month')::date - 1, t.last_day)::timestamp, interval '1 week') ws
     WHERE ws::date >= t.month_start)::int AS weeks,
  (SELECT count(*) FROM weeks wk WHERE wk.contract_id = t.contract_id AND date_trunc('month', (wk.week_start)::timestamp) = t.month_start AND wk.done >= t.min_hours)::int AS "weeksMeetingIntensity",
  t.min_hours::float AS "weeklyHoursMin"
FROM t ORDER BY t.contract_id, t.month_start`;

/** $1 contract ids. Days in a company within the first months of each contract, the target in force at its start, the day it was reached. */
export const COMPANY_DAYS_SQL = `
SELECT c.id AS "contractId", c."startOn"::text AS "startOn", t.target::int AS target,
  (SELECT count(DISTINCT a.date) FROM cej_actions a
    WHERE a."contractId" = c.id AND a.kind IN (${COMPANY_KINDS_SQL}) AND a.outcome IN (${DONE_OUTCOMES_SQL})
      AND a.date < (c."startOn" + interval '${COMPANY_DAYS_WINDOW_MONTHS} months')::date)::int AS "daysDone",
  (SELECT d.day::text FROM (SELECT DISTINCT a.date AS day FROM cej_actions a
    WHERE a."contractId" = c.id AND a.kind IN (${COMPANY_KINDS_SQL}) AND a.outcome IN (${DONE_OUTCOMES_SQL})
      AND a.date < (c."startOn" + interval '${COMPANY_DAYS_WINDOW_MONTHS} months')::date
    ORDER BY 1 OFFSET greatest(t.target - 1, 0) LIMIT 1) d) AS "reachedOn"
FROM cej_contracts c
LEFT JOIN LATERAL (SELECT ${paramOn(CejParameterKey.COMPANY_DAYS_TARGET, 'c."startOn"')} AS target) t ON TRUE
WHERE c.id = ANY($1::uuid[])`;
