import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, STEP_ENDING_SOON_DAYS, todayInParis } from '@passerelle/domain';
import { DataSource, In } from 'typeorm';
import { Actor } from '../../../core/auth/actor';
import { ForbiddenError } from '../../../core/graphql/errors';
import { Connection, connectionOf, decodeCursor } from '../../../core/graphql/pagination';
import { requireStructureId } from '../../../core/tenancy/scope';
import { PliePath } from '../paths/plie-path.entity';
import { PortfolioArgs, PortfolioEntry } from './portfolio.dto';
import { ALERT_COLUMNS, PORTFOLIO_SQL, PORTFOLIO_TOTAL_SQL } from './portfolio.sql';

type Row = { id: string; lastContactOn: string | null; urgency: number; total: number } & Record<string, unknown>;

@Injectable()
export class PortfolioService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async myPortfolio(actor: Actor, args: PortfolioArgs): Promise<Connection<PortfolioEntry>> {
    if (!actor.userId) throw new ForbiddenError('Le portefeuille est celui d’un·e référent·e connecté·e.');
    const structureId = requireStructureId(actor);
    const offset = decodeCursor(args.after);
    const today = todayInParis();
    const rows: Row[] = await this.dataSource.query(PORTFOLIO_SQL, [
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
    const totalCount = rows[0]?.total ?? (offset > 0 ? await this.count(actor.userId, structureId, today) : 0);
    const entries = rows.map((row) => ({
      path: byId.get(row.id)!,
      alerts: ALERT_COLUMNS.filter(([, column]) => row[column] === true).map(([alert]) => alert),
      urgency: Number(row.urgency),
      lastContactOn: row.lastContactOn,
    }));
    return connectionOf(entries, totalCount, offset);
  }

  /** The total when the page asked for is past the end. */
  private async count(userId: string, structureId: string, today: string): Promise<number> {
    const [row] = await this.dataSource.query(PORTFOLIO_TOTAL_SQL, [userId, structureId, today, today, today]);
    return row?.total ?? 0;
  }
}
