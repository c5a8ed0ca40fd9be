import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, STEP_ENDING_SOON_DAYS, StructureKind, todayInParis } from '@passerelle/domain';
import { DataSource, In } from 'typeorm';
import { Actor } from '../../../core/auth/actor';
import { ForbiddenError } from '../../../core/graphql/errors';
import { Connection, connectionOf, decodeCursor } from '../../../core/graphql/pagination';
import { requireStructureId } from '../../../core/tenancy/scope';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { PliePath } from '../paths/plie-path.entity';
import { PortfolioArgs, PortfolioEntry } from './portfolio.dto';
import {
  ALERT_COLUMNS,
  PORTFOLIO_SQL,
  PORTFOLIO_TOTAL_SQL,
  PROVIDER_PORTFOLIO_SQL,
  PROVIDER_PORTFOLIO_TOTAL_SQL,
} from './portfolio.sql';

type Row = { id: string; lastContactOn: string | null; urgency: number; total: number } & Record<string, unknown>;

@Injectable()
export class PortfolioService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async myPortfolio(actor: Actor, args: PortfolioArgs): Promise<Connection<PortfolioEntry>> {
    if (!actor.userId) throw new ForbiddenError('Le portefeuille est celui d’un·e référent·e connecté·e.');
    const structureId = requireStructureId(actor);
    const provider = await this.isProvider(structureId);
    const offset = decodeCursor(args.after);
    const today = todayInParis();
    const rows: Row[] = await this.dataSource.query(provider ? PROVIDER_PORTFOLIO_SQL : PORTFOLIO_SQL, [
      actor.userId,
      structureId,
      today,
      addDays(today, -7 * args.noContactWeeks),
      addDays(today, STEP_ENDING_SOON_DAYS),
      args.first,
      offset,
    ]);
    const paths = await this.dataSource.getRepository(PliePath).findBy({ id: In(rows.map((row) => row.id)) });
    const byId = new Map(paths.map((path) => [path.id, path]));
    const totalCount =
      rows[0]?.total ?? (offset > 0 ? await this.count(provider, actor.userId, structureId, today) : 0);
    const entries = rows.map((row) => ({
      path: byId.get(row.id)!,
      alerts: ALERT_COLUMNS.filter(([, column]) => row[column] === true).map(([alert]) => alert),
      urgency: Number(row.urgency),
      lastContactOn: row.lastContactOn,
    }));
    return connectionOf(entries, totalCount, offset);
  }

  /** The total when the page asked for is past the end. */
  private async count(provider: boolean, userId: string, structureId: string, today: string): Promise<number> {
    const [row] = await this.dataSource.query(provider ? PROVIDER_PORTFOLIO_TOTAL_SQL : PORTFOLIO_TOTAL_SQL, [
      userId,
      structureId,
      today,
      today,
      today,
    ]);
    return row?.total ?? 0;
  }

  /** In a provider structure, the portfolio is the provider's (its référents follow the participants of its lots). */
  private async isProvider(structureId: string): Promise<boolean> {
    const structure = await this.dataSource.getRepository(Structure).findOneBy({ id: structureId });
    return structure?.kind === StructureKind.PROVIDER;
  }
}
