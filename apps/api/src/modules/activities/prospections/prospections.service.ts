import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { Connection, PageArgs, paginate } from '../../../core/graphql/pagination';
import { actingStructureId, findDeliveredLot } from '../../markets/lot-access';
import { checkNotFuture } from '../../../core/validation/dates';
import { ProspectionFilter, RecordProspectionInput } from '../activities.dto';
import { deliveredLotColumns } from '../activity-records';
import { Prospection } from './prospection.entity';

/** The structures a provider prospected for its lots: recorded by the provider, read by both sides of the lot. */
@Injectable()
export class ProspectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, page: PageArgs, filter: ProspectionFilter = {}): Promise<Connection<Prospection>> {
    const scope = actingStructureId(actor);
    const query = this.dataSource
      .getRepository(Prospection)
      .createQueryBuilder('p')
      .orderBy('p.date', 'DESC')
      .addOrderBy('p.id', 'ASC');
    if (scope) query.andWhere('(p."structureId" = :scope OR p."providerStructureId" = :scope)', { scope });
    if (filter.lotId) query.andWhere('p.lotId = :lotId', { lotId: filter.lotId });
    if (filter.from) query.andWhere('p.date >= :from', { from: filter.from });
    if (filter.to) query.andWhere('p.date <= :to', { to: filter.to });
    return paginate(query, page);
  }

  /** A contact on a lot the caller's structure delivers (awarded, convention signed); refused on any other lot. */
  async record(actor: Actor, input: RecordProspectionInput): Promise<Prospection> {
    checkNotFuture('date', input.date, 'La prospection ne peut pas être datée dans le futur.');
    return this.dataSource.transaction(async (manager) => {
      const lot = await findDeliveredLot(manager, actor, input.lotId);
      const prospection = await manager.save(
        Prospection,
        manager.create(Prospection, {
          ...deliveredLotColumns(lot),
          organisationName: input.organisationName.trim(),
          organisationKind: input.organisationKind,
          communeName: input.communeName?.trim() || null,
          date: input.date,
          outcome: input.outcome,
          comment: input.comment?.trim() || null,
          byUserId: actor.userId,
        }),
      );
      await this.audit.recordOn(
        manager,
        actor,
        'prospection.recorded',
        'Prospection',
        prospection.id,
        prospection.providerStructureId,
        { lotId: lot.id, outcome: prospection.outcome },
      );
      return prospection;
    });
  }
}
