import { Injectable } from '@nestjs/common';
import { ReportKind } from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { ReportTable } from './report-table.dto';

/** What a report's figures are computed for. */
export interface FigureContext {
  structureId: string;
  /** A lot's report: the lot (`structureId` is then its provider). */
  lotId?: string | null;
  kind: ReportKind;
  /** First and last day counted, inclusive (AAAA-MM-JJ). */
  periodStart: string;
  periodEnd: string;
}

/**
 * A source of figures for reports: it computes one or more tables, in SQL, for a structure and a period.
 * The reports module provides the evaluation criteria and the lots' activity; the indicators module registers the
 * payment indicators' statuses (`IndicatorsModule.onModuleInit`), so that reports import no other module.
 */
export interface ReportFigureProvider {
  /** Stable key; the tables it returns are ordered by `order`, then by key. */
  readonly key: string;
  readonly order: number;
  /** Whether this provider contributes to a report of this kind (all kinds by default). */
  appliesTo?(context: FigureContext): boolean;
  compute(manager: EntityManager, context: FigureContext): Promise<ReportTable[]>;
}

/** The one registry of figure providers. Modules register theirs when they start (`onModuleInit`). */
@Injectable()
export class ReportFigureRegistry {
  private readonly providers = new Map<string, ReportFigureProvider>();

  register(provider: ReportFigureProvider): void {
    if (this.providers.has(provider.key)) throw new Error(`Report figure provider "${provider.key}" registered twice`);
    this.providers.set(provider.key, provider);
  }

  list(): ReportFigureProvider[] {
    return [...this.providers.values()].sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
  }

  /** Every table for this report, provider by provider (each runs its own SQL aggregates). */
  async compute(manager: EntityManager, context: FigureContext): Promise<ReportTable[]> {
    const tables: ReportTable[] = [];
    for (const provider of this.list()) {
      if (provider.appliesTo && !provider.appliesTo(context)) continue;
      tables.push(...(await provider.compute(manager, context)));
    }
    return tables;
  }
}
