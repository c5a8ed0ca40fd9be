import { AGE_BANDS, ENTRY_SITUATION_LABELS, EntrySituation, Sex, SEX_LABELS } from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { ageBandSql } from '../../../core/database/domain-rules.sql';
import { ReportTable } from './report-table.dto';

/**
 * The typology of the public (seed 002 §5: EPCI, age, sex and status), for the people of any cohort. `withMembers` is
 * the start of a WITH clause that defines `members("participantId", entered)`: one row per membership, the person
 * counted once, entered on their first day in it. Shared by the structure's reports (PLIE paths) and the lots'
 * (orientations to the lot's action).
 */
const people = (withMembers: string) => `${withMembers}, people AS (
  SELECT p.id, p.sex::text AS sex, nullif(trim(p.epci), '') AS epci, nullif(trim(p."communeName"), '') AS commune,
    p."birthDate", p."entrySituations"::text[] AS situations, min(m.entered) AS entered
  FROM members m JOIN participants p ON p.id = m."participantId"
  GROUP BY p.id
), total AS (SELECT count(*)::int AS n FROM people)`;

const share = (count: string) => `round(100.0 * ${count} / nullif((SELECT n FROM total), 0), 1)::float8`;

/** A free-text key (EPCI, commune): most frequent first, the people without one last. */
const byValue = (withMembers: string, column: 'epci' | 'commune') => `${people(withMembers)}
SELECT coalesce(pe.${column}, '') AS key, count(*)::int AS n, ${share('count(*)')} AS share
FROM people pe GROUP BY 1 ORDER BY (coalesce(pe.${column}, '') = ''), count(*) DESC, 1`;

/** A fixed list of keys ($4), each with its count of people: zeros are shown. */
const byList = (withMembers: string, match: string) => `${people(withMembers)}
SELECT k.key, count(pe.id)::int AS n, ${share('count(pe.id)')} AS share
FROM unnest($4::text[]) WITH ORDINALITY AS k(key, ord) LEFT JOIN people pe ON ${match}
GROUP BY k.key, k.ord ORDER BY k.ord`;

/** The typology statements for a cohort; each takes the cohort's parameters, and $4 for the fixed lists. */
export const typologySql = (withMembers: string) => ({
  epci: byValue(withMembers, 'epci'),
  commune: byValue(withMembers, 'commune'),
  age: byList(withMembers, `${ageBandSql('pe."birthDate"', 'pe.entered')} = k.key`),
  sex: byList(withMembers, 'pe.sex = k.key'),
  status: byList(withMembers, 'k.key = ANY(pe.situations)'),
});

type Count = { key: string; n: number; share: number | null };

const PEOPLE_COLUMNS = [
  { key: 'count', label: 'Participants' },
  { key: 'share', label: 'Part (%)' },
];

/** The typology tables of a cohort, each computed in SQL: EPCI (and commune if asked), age, sex, status at entry. */
export async function typologyTables(
  manager: EntityManager,
  sql: ReturnType<typeof typologySql>,
  params: unknown[],
  options: { communes?: boolean; entered?: string } = {},
): Promise<ReportTable[]> {
  const [epci, communes, age, sex, status] = await Promise.all([
    manager.query(sql.epci, params) as Promise<Count[]>,
    options.communes ? (manager.query(sql.commune, params) as Promise<Count[]>) : Promise.resolve(null),
    manager.query(sql.age, [...params, AGE_BANDS.map((b) => b.band)]) as Promise<Count[]>,
    manager.query(sql.sex, [...params, Object.values(Sex)]) as Promise<Count[]>,
    manager.query(sql.status, [...params, Object.values(EntrySituation)]) as Promise<Count[]>,
  ]);
  const ageLabels = new Map(AGE_BANDS.map((b) => [b.band as string, b.label]));
  const table = (
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
    table(
      'typology-epci',
      'Typologie du public : EPCI de résidence',
      'Typologie EPCI',
      epci,
      (key) => key || 'EPCI non renseigné',
    ),
    ...(communes
      ? [
          table(
            'typology-commune',
            'Typologie du public : commune de résidence',
            'Typologie commune',
            communes,
            (key) => key || 'Commune non renseignée',
          ),
        ]
      : []),
    table(
      'typology-age',
      'Typologie du public : âge à l’entrée',
      'Typologie âge',
      age,
      (key) => ageLabels.get(key) ?? key,
      options.entered ?? null,
    ),
    table('typology-sex', 'Typologie du public : sexe', 'Typologie sexe', sex, (key) => SEX_LABELS[key as Sex] ?? key),
    table(
      'typology-status',
      'Typologie du public : statut à l’entrée',
      'Typologie statut',
      status,
      (key) => ENTRY_SITUATION_LABELS[key as EntrySituation] ?? key,
      'Une personne peut relever de plusieurs statuts : les parts ne s’additionnent pas à 100 %.',
    ),
  ];
}
