import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addMonths,
  AGE_BANDS,
  DROP_OFF_MEASURE_LABELS,
  DropOffMeasure,
  Sex,
  SEX_LABELS,
  todayInParis,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { reportingParametersInForce } from '../reports/parameters/reporting-parameters.service';
import { Actor } from '../../core/auth/actor';
import { InputError } from '../../core/graphql/errors';
import { requireStructureId } from '../../core/tenancy/scope';
import { DropOffAnalysis, DropOffCount, DropOffFilter, DropOffGroup } from './drop-off.dto';
import { DROP_OFF_SQL } from './drop-off.sql';

/** The drop-off events' SQL, shared with the networks' aggregates. */
export { dropOffEventsSql } from './drop-off.sql';

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
