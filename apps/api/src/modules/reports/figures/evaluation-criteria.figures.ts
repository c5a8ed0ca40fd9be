import { Injectable } from '@nestjs/common';
import {
  AGE_BANDS,
  ENTRY_SITUATION_LABELS,
  EntrySituation,
  EXIT_REASON_LABELS,
  ExitReason,
  FollowUpKind,
  RUPTURE_EXIT_REASONS,
  Sex,
  SEX_LABELS,
} from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { FigureContext, ReportFigureProvider } from './figure-provider';
import { ReportTable } from './report-table';
import { sqlList } from '../../../core/database/sql';
import { ageBandSql } from './sql-rules';

/**
 * The paths followed during the period: admitted by the committee on or before its last day, and not exited before
 * its first day. $1 structure, $2 first day, $3 last day.
 */
const COHORT = `cohort AS (
  SELECT pp.id, pp."participantId", pp."admittedOn", pp."exitDate", pp."exitReason", pp."exitPositive"
  FROM plie_paths pp
  WHERE pp."structureId" = $1 AND pp."admittedOn" IS NOT NULL AND pp."admittedOn" <= $3::date
    AND (pp."exitDate" IS NULL OR pp."exitDate" >= $2::date)
)`;

/** One row per person of the cohort, entered on their first admission in it. */
const PEOPLE = `people AS (
  SELECT p.id, p.sex::text AS sex, nullif(trim(p.epci), '') AS epci, p."birthDate", p."entrySituations"::text[] AS situations,
    min(c."admittedOn") AS entered
  FROM cohort c JOIN participants p ON p.id = c."participantId"
  GROUP BY p.id
), total AS (SELECT count(*)::int AS n FROM people)`;

const PARTICIPANTS_SQL = `WITH ${COHORT}
SELECT count(DISTINCT c."participantId")::int AS followed,
  count(DISTINCT c."participantId") FILTER (WHERE c."admittedOn" >= $2::date)::int AS entries,
  count(DISTINCT c."participantId") FILTER (WHERE c."admittedOn" < $2::date)::int AS "presentAtStart",
  count(DISTINCT c."participantId") FILTER (WHERE c."exitDate" IS NULL OR c."exitDate" > $3::date)::int AS "activeAtEnd",
  count(*) FILTER (WHERE c."exitDate" <= $3::date)::int AS exits
FROM cohort c`;

const ACTIVITY_SQL = `WITH ${COHORT},
counts AS (
  SELECT count(*) FILTER (WHERE f.kind = '${FollowUpKind.INTERVIEW}')::int AS interviews,
    count(*) FILTER (WHERE f.kind = '${FollowUpKind.COLLECTIVE_MEETING}' AND f.attended IS DISTINCT FROM FALSE)::int AS attendances,
    count(*) FILTER (WHERE f.kind = '${FollowUpKind.REMINDER}')::int AS reminders
  FROM cohort c JOIN plie_follow_ups f ON f."pathId" = c.id AND f.date BETWEEN $2::date AND $3::date
), workshops AS (
  SELECT count(*)::int AS n FROM (
    SELECT DISTINCT f.date, lower(coalesce(f.topic, '')) FROM plie_follow_ups f JOIN plie_paths pp ON pp.id = f."pathId"
    WHERE pp."structureId" = $1 AND f.kind = '${FollowUpKind.COLLECTIVE_MEETING}' AND f.date BETWEEN $2::date AND $3::date
  ) w
), followed AS (SELECT count(DISTINCT "participantId")::int AS n FROM cohort)
SELECT counts.*, workshops.n AS workshops, followed.n AS followed,
  round((counts.interviews + counts.attendances)::numeric / nullif(followed.n, 0), 2)::float8 AS "perParticipant"
FROM counts, workshops, followed`;

const EXITS_SQL = `WITH ${COHORT}
SELECT r.reason AS key, count(c.id)::int AS n, count(c.id) FILTER (WHERE c."exitPositive")::int AS positive
FROM unnest($4::text[]) WITH ORDINALITY AS r(reason, ord)
LEFT JOIN cohort c ON c."exitReason"::text = r.reason AND c."exitDate" <= $3::date
GROUP BY r.reason, r.ord ORDER BY r.ord`;

const EXIT_TOTALS_SQL = `WITH ${COHORT}
SELECT count(*) FILTER (WHERE c."exitReason" IN (${sqlList(RUPTURE_EXIT_REASONS)}))::int AS ruptures,
  count(*) FILTER (WHERE c."exitPositive" IS TRUE AND c."exitReason" IN (${sqlList(RUPTURE_EXIT_REASONS)}))::int AS "rupturesPositive",
  count(*)::int AS total, count(*) FILTER (WHERE c."exitPositive" IS TRUE)::int AS positive
FROM cohort c WHERE c."exitDate" <= $3::date`;

const share = (count: string) => `round(100.0 * ${count} / nullif((SELECT n FROM total), 0), 1)::float8`;

/** A fixed list of keys ($4), each with its count of people: zeros are shown. */
const byList = (match: string) => `WITH ${COHORT}, ${PEOPLE}
SELECT k.key, count(pe.id)::int AS n, ${share('count(pe.id)')} AS share
FROM unnest($4::text[]) WITH ORDINALITY AS k(key, ord) LEFT JOIN people pe ON ${match}
GROUP BY k.key, k.ord ORDER BY k.ord`;

const TYPOLOGY_SQL = {
  epci: `WITH ${COHORT}, ${PEOPLE}
SELECT coalesce(pe.epci, '') AS key, count(*)::int AS n, ${share('count(*)')} AS share
FROM people pe GROUP BY 1 ORDER BY (coalesce(pe.epci, '') = ''), count(*) DESC, 1`,
  age: byList(`${ageBandSql('pe."birthDate"', 'pe.entered')} = k.key`),
  sex: byList('pe.sex = k.key'),
  status: byList('k.key = ANY(pe.situations)'),
};

type Count = { key: string; n: number; share: number | null };

const COUNT = [{ key: 'count', label: 'Nombre' }];
const PEOPLE_COLUMNS = [
  { key: 'count', label: 'Participants' },
  { key: 'share', label: 'Part (%)' },
];

/**
 * The quantitative evaluation criteria of seed 002 §5, computed from the participants and the PLIE follow-up:
 * number of participants, interviews or workshops per participant, collective workshops run, ruptures and other
 * exits, typology of the public (EPCI, age, sex, status).
 */
@Injectable()
export class EvaluationCriteriaFigures implements ReportFigureProvider {
  readonly key = 'evaluation-criteria';
  readonly order = 10;

  /** A lot's report counts the lot's activity instead (`LotActivityFigures`). */
  appliesTo(context: FigureContext): boolean {
    return !context.lotId;
  }

  async compute(manager: EntityManager, context: FigureContext): Promise<ReportTable[]> {
    const params = [context.structureId, context.periodStart, context.periodEnd];
    const [[participants], [activity], exits, [exitTotals], epci, age, sex, status] = await Promise.all([
      manager.query(PARTICIPANTS_SQL, params),
      manager.query(ACTIVITY_SQL, params),
      manager.query(EXITS_SQL, [...params, Object.values(ExitReason)]) as Promise<
        { key: ExitReason; n: number; positive: number }[]
      >,
      manager.query(EXIT_TOTALS_SQL, params),
      manager.query(TYPOLOGY_SQL.epci, params) as Promise<Count[]>,
      manager.query(TYPOLOGY_SQL.age, [...params, AGE_BANDS.map((b) => b.band)]) as Promise<Count[]>,
      manager.query(TYPOLOGY_SQL.sex, [...params, Object.values(Sex)]) as Promise<Count[]>,
      manager.query(TYPOLOGY_SQL.status, [...params, Object.values(EntrySituation)]) as Promise<Count[]>,
    ]);
    const ageLabels = new Map(AGE_BANDS.map((b) => [b.band as string, b.label]));
    const typology = (
      key: string,
      title: string,
      shortTitle: string,
      rows: Count[],
      label: (key: string) => string,
      note: string | null = null,
    ): ReportTable => ({
      key,
      title,
      shortTitle,
      note,
      columns: PEOPLE_COLUMNS,
      rows: rows.map((row) => ({ key: row.key, label: label(row.key), values: [row.n, row.share] })),
    });
    return [
      {
        key: 'participants',
        title: 'Nombre de participants',
        shortTitle: 'Participants',
        note: 'Parcours admis en comité au plus tard le dernier jour de la période et non sortis avant son premier jour ; une personne compte une fois.',
        columns: COUNT,
        rows: [
          { key: 'followed', label: 'Participants accompagnés sur la période', values: [participants.followed] },
          {
            key: 'presentAtStart',
            label: 'dont présents au début de la période',
            values: [participants.presentAtStart],
          },
          { key: 'entries', label: 'dont entrés pendant la période', values: [participants.entries] },
          { key: 'activeAtEnd', label: 'En parcours à la fin de la période', values: [participants.activeAtEnd] },
          { key: 'exits', label: 'Sorties pendant la période', values: [participants.exits] },
        ],
      },
      {
        key: 'activity',
        title: 'Entretiens et ateliers',
        shortTitle: 'Entretiens et ateliers',
        note: 'Suivi des participants de la période, daté dans la période. Un atelier collectif animé est une réunion collective distincte (jour et thème).',
        columns: COUNT,
        rows: [
          { key: 'interviews', label: 'Entretiens individuels', values: [activity.interviews] },
          { key: 'attendances', label: 'Participations à des ateliers collectifs', values: [activity.attendances] },
          { key: 'perParticipant', label: 'Entretiens ou ateliers par participant', values: [activity.perParticipant] },
          { key: 'workshops', label: 'Ateliers collectifs animés', values: [activity.workshops] },
          { key: 'reminders', label: 'Relances', values: [activity.reminders] },
        ],
      },
      {
        key: 'exits',
        title: 'Ruptures et autres sorties',
        shortTitle: 'Ruptures et sorties',
        note: 'Sorties datées dans la période, par motif. Rupture : abandon ou perte de contact.',
        columns: [
          { key: 'count', label: 'Sorties' },
          { key: 'positive', label: 'dont positives' },
        ],
        rows: [
          ...exits.map((row) => ({ key: row.key, label: EXIT_REASON_LABELS[row.key], values: [row.n, row.positive] })),
          {
            key: 'ruptures',
            label: 'Ruptures (abandons et pertes de contact)',
            values: [exitTotals.ruptures, exitTotals.rupturesPositive],
          },
          { key: 'total', label: 'Total des sorties', values: [exitTotals.total, exitTotals.positive] },
        ],
      },
      typology(
        'typology-epci',
        'Typologie du public : EPCI de résidence',
        'Typologie EPCI',
        epci,
        (key) => key || 'EPCI non renseigné',
      ),
      typology(
        'typology-age',
        'Typologie du public : âge à l’entrée',
        'Typologie âge',
        age,
        (key) => ageLabels.get(key) ?? key,
      ),
      typology(
        'typology-sex',
        'Typologie du public : sexe',
        'Typologie sexe',
        sex,
        (key) => SEX_LABELS[key as Sex] ?? key,
      ),
      typology(
        'typology-status',
        'Typologie du public : statut à l’entrée',
        'Typologie statut',
        status,
        (key) => ENTRY_SITUATION_LABELS[key as EntrySituation] ?? key,
        'Une personne peut relever de plusieurs statuts : les parts ne s’additionnent pas à 100 %.',
      ),
    ];
  }
}
