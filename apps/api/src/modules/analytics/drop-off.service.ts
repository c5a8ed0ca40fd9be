import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addMonths,
  AGE_BANDS,
  DROP_OFF_MEASURE_LABELS,
  DropOffMeasure,
  RUPTURE_EXIT_REASONS,
  Sex,
  SEX_LABELS,
  SOLUTION_EXIT_REASONS,
  todayInParis,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { reportingParametersInForce } from '../reports/parameters/reporting-parameters.service';
import { Actor } from '../../core/auth/actor';
import { InputError } from '../../core/graphql/errors';
import { requireStructureId } from '../../core/tenancy/scope';
import { sqlList } from '../../core/database/sql';
import { ageBandSql, contactSql } from '../reports/figures/sql-rules';
import { DropOffAnalysis, DropOffCount, DropOffFilter, DropOffGroup } from './drop-off.dto';

const M = DropOffMeasure;

/**
 * Every drop-off event of the structure's people, then counted by month, branch, age band (on the day of the event)
 * and sex with GROUPING SETS — one statement. It mirrors the domain rules of `reports/drop-off.ts`.
 * $1 structure, $2 first day, $3 last day, $4 day of the analysis, $5 window in days, $6 branch or null.
 */
const DROP_OFF_SQL = `
WITH contacts AS (
  SELECT pp."participantId" AS pid, f.date FROM plie_follow_ups f JOIN plie_paths pp ON pp.id = f."pathId"
  WHERE pp."structureId" = $1 AND ${contactSql('f')}
), firsts AS (SELECT pid, min(date) AS first FROM contacts GROUP BY pid),
events AS (
  SELECT '${M.FIRST_CONTACTS}' AS measure, pid, first AS day FROM firsts
  UNION ALL
  SELECT '${M.NEVER_SEEN_AGAIN}', f.pid, f.first FROM firsts f
  WHERE f.first + $5::int <= $4::date AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.pid = f.pid AND c.date > f.first)
  UNION ALL
  SELECT '${M.RUPTURES}', pp."participantId", pp."exitDate" FROM plie_paths pp
  WHERE pp."structureId" = $1 AND pp."exitReason" IN (${sqlList(RUPTURE_EXIT_REASONS)})
  UNION ALL
  SELECT '${M.EXITS_WITHOUT_SOLUTION}', pp."participantId", pp."exitDate" FROM plie_paths pp
  WHERE pp."structureId" = $1 AND pp."exitDate" IS NOT NULL AND pp."exitPositive" IS NOT TRUE
    AND pp."exitReason" NOT IN (${sqlList([...RUPTURE_EXIT_REASONS, ...SOLUTION_EXIT_REASONS])})
), scoped AS (
  SELECT e.measure, to_char(e.day, 'YYYY-MM') AS month, coalesce(b.id::text, '') AS branch, coalesce(b.name, 'Sans antenne') AS "branchName",
    ${ageBandSql('p."birthDate"', 'e.day')} AS band, p.sex::text AS sex
  FROM events e JOIN participants p ON p.id = e.pid LEFT JOIN branches b ON b.id = p."branchId"
  WHERE p."structureId" = $1 AND e.day BETWEEN $2::date AND $3::date AND ($6::uuid IS NULL OR p."branchId" = $6::uuid)
)
SELECT measure, month, branch, "branchName", band, sex, count(*)::int AS n,
  CASE WHEN GROUPING(month) = 0 THEN 'month' WHEN GROUPING(branch) = 0 THEN 'branch' WHEN GROUPING(band) = 0 THEN 'band' WHEN GROUPING(sex) = 0 THEN 'sex' ELSE 'total' END AS "groupedBy"
FROM scoped
GROUP BY GROUPING SETS ((measure, month), (measure, branch, "branchName"), (measure, band), (measure, sex), (measure))`;

type Row = {
  measure: DropOffMeasure;
  month: string | null;
  branch: string | null;
  branchName: string | null;
  band: string | null;
  sex: string | null;
  n: number;
  groupedBy: string;
};

const MEASURES = Object.values(DropOffMeasure);

@Injectable()
export class DropOffService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async analyse(actor: Actor, filter: DropOffFilter): Promise<DropOffAnalysis> {
    if (filter.to < filter.from) throw new InputError({ to: 'La fin de la période précède son début.' });
    const months = monthsBetween(filter.from, filter.to);
    if (months.length > 36) throw new InputError({ to: '36 mois au plus.' });
    const asOf = todayInParis();
    const structureId = requireStructureId(actor);
    const windowDays =
      filter.windowDays ??
      (await reportingParametersInForce(this.dataSource.manager, structureId, filter.to)).dropOffWindowDays;
    const rows: Row[] = await this.dataSource.query(DROP_OFF_SQL, [
      structureId,
      filter.from,
      filter.to,
      asOf,
      windowDays,
      filter.branchId ?? null,
    ]);
    const of = (groupedBy: string) => rows.filter((row) => row.groupedBy === groupedBy);
    const counts = (selected: Row[]): DropOffCount[] =>
      MEASURES.map((measure) => ({ measure, count: selected.find((r) => r.measure === measure)?.n ?? 0 }));
    const groups = (
      groupedBy: string,
      key: (r: Row) => string,
      keys: { key: string; label: string }[],
    ): DropOffGroup[] =>
      keys.map(({ key: k, label }) => ({ key: k, label, counts: counts(of(groupedBy).filter((r) => key(r) === k)) }));
    const branches = [...new Map(of('branch').map((r) => [r.branch!, r.branchName!])).entries()].sort((a, b) =>
      a[1].localeCompare(b[1], 'fr'),
    );
    return {
      from: filter.from,
      to: filter.to,
      asOf,
      windowDays,
      months,
      series: MEASURES.map((measure) => ({
        measure,
        label: DROP_OFF_MEASURE_LABELS[measure],
        values: months.map((month) => of('month').find((r) => r.measure === measure && r.month === month)?.n ?? 0),
      })),
      totals: counts(of('total')),
      byBranch: groups(
        'branch',
        (r) => r.branch!,
        branches.map(([key, label]) => ({ key, label })),
      ),
      byAgeBand: groups(
        'band',
        (r) => r.band!,
        AGE_BANDS.map((b) => ({ key: b.band, label: b.label })),
      ),
      bySex: groups(
        'sex',
        (r) => r.sex!,
        Object.values(Sex).map((s) => ({ key: s, label: SEX_LABELS[s] })),
      ),
    };
  }
}

/** The months (AAAA-MM) from the month of `from` to the month of `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (
    let day = `${from.slice(0, 7)}-01`;
    day.slice(0, 7) <= to.slice(0, 7) && months.length <= 37;
    day = addMonths(day, 1)
  )
    months.push(day.slice(0, 7));
  return months;
}
