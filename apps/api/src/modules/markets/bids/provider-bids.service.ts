import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BidStatus, StructureKind, todayInParis } from '@passerelle/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { ConflictError, DomainError, ForbiddenError, InputError, NotFoundError } from '../../../core/graphql/errors';
import { Connection, PageArgs, paginate } from '../../../core/graphql/pagination';
import { requireStructureId } from '../../../core/tenancy/scope';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { isUuid } from '../../../core/validation/calendar-date.validator';
import { Lot } from '../lots/lot.entity';
import { Market } from '../markets/market.entity';
import { Bid } from './bid.entity';
import { SubmitBidInput, WithdrawBidInput } from './provider-bid.dto';
import { saveNew } from '../../../core/database/writes';

/** Withdrawing a bid once the lot is awarded. */
export class BidAlreadyDecidedError extends DomainError {
  constructor() {
    super('BAD_USER_INPUT', 'Le lot est attribué : la candidature ne peut plus être retirée.', {
      reason: 'LOT_ALREADY_AWARDED',
      fields: { bidId: 'Le lot est déjà attribué.' },
    });
  }
}

/** SQL condition on a lot alias: still open to applications (not awarded, its market not over). */
const OPEN_LOT_SQL = (alias: string) =>
  `${alias}."awardedStructureId" IS NULL AND EXISTS (SELECT 1 FROM markets m WHERE m.id = ${alias}."marketId" AND m."endsOn" >= :today)`;

/**
 * The provider's side of a call: the open lots (published calls are public), its own bids, submitting and
 * withdrawing them. A provider never sees the other applicants.
 */
@Injectable()
export class ProviderBidsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async openLots(actor: Actor, page: PageArgs): Promise<Connection<Lot>> {
    await this.requireProvider(this.dataSource.manager, actor);
    const query = this.dataSource
      .getRepository(Lot)
      .createQueryBuilder('l')
      .where(OPEN_LOT_SQL('l'), { today: todayInParis() })
      .orderBy('l.startsOn', 'ASC')
      .addOrderBy('l.id', 'ASC');
    return paginate(query, page);
  }

  async myBids(actor: Actor, page: PageArgs): Promise<Connection<Bid>> {
    const providerId = await this.requireProvider(this.dataSource.manager, actor);
    const query = this.dataSource
      .getRepository(Bid)
      .createQueryBuilder('b')
      .where('b."providerStructureId" = :providerId', { providerId })
      .orderBy('b.createdAt', 'DESC')
      .addOrderBy('b.id', 'ASC');
    return paginate(query, page);
  }

  async submit(actor: Actor, input: SubmitBidInput): Promise<Bid> {
    return this.dataSource.transaction(async (manager) => {
      const providerId = await this.requireProvider(manager, actor);
      const lot = isUuid(input.lotId)
        ? await manager.findOne(Lot, { where: { id: input.lotId }, lock: { mode: 'pessimistic_write' } })
        : null;
      const market = lot ? await manager.findOneBy(Market, { id: lot.marketId }) : null;
      if (!lot || !market) throw new NotFoundError('Lot');
      if (lot.awardedStructureId || market.endsOn < todayInParis())
        throw new InputError({ lotId: 'Ce lot n’est plus ouvert aux candidatures.' });
      const existing = await manager.findOneBy(Bid, { lotId: lot.id, providerStructureId: providerId });
      const fields = {
        receivedOn: todayInParis(),
        priceTtc: input.priceTtc,
        summary: input.summary?.trim() || null,
        score: null,
        awardJustification: null,
        withdrawnAt: null,
      };
      let bidId: string;
      if (existing && existing.status !== BidStatus.WITHDRAWN)
        throw new InputError({ lotId: 'Votre structure a déjà candidaté sur ce lot.' });
      if (existing) {
        // A withdrawn bid is submitted anew: its former marks no longer count.
        await manager.query(`DELETE FROM bid_marks WHERE "bidId" = $1`, [existing.id]);
        await manager.update(
          Bid,
          { id: existing.id },
          { ...fields, status: BidStatus.SUBMITTED, version: existing.version + 1 },
        );
        bidId = existing.id;
      } else {
        bidId = (
          await saveNew(manager, Bid, {
            ...fields,
            lotId: lot.id,
            structureId: lot.structureId,
            providerStructureId: providerId,
          })
        ).id;
      }
      await this.audit.recordOn(manager, actor, 'bid.submitted', 'Bid', bidId, lot.structureId, {
        lotId: lot.id,
        providerStructureId: providerId,
      });
      return manager.findOneByOrFail(Bid, { id: bidId });
    });
  }

  async withdraw(actor: Actor, input: WithdrawBidInput): Promise<Bid> {
    return this.dataSource.transaction(async (manager) => {
      const providerId = await this.requireProvider(manager, actor);
      const found = isUuid(input.bidId) ? await manager.findOneBy(Bid, { id: input.bidId }) : null;
      if (!found || found.providerStructureId !== providerId) throw new NotFoundError('Candidature');
      // Same lock as scoring and awarding: a withdrawal never races an award.
      const lot = await manager.findOneOrFail(Lot, { where: { id: found.lotId }, lock: { mode: 'pessimistic_write' } });
      const bid = await manager.findOneByOrFail(Bid, { id: found.id });
      if (lot.awardedStructureId) throw new BidAlreadyDecidedError();
      if (bid.version !== input.version) throw new ConflictError();
      if (bid.status === BidStatus.WITHDRAWN) throw new InputError({ bidId: 'Cette candidature est déjà retirée.' });
      await manager.update(
        Bid,
        { id: bid.id },
        { status: BidStatus.WITHDRAWN, score: null, withdrawnAt: new Date(), version: bid.version + 1 },
      );
      await this.audit.recordOn(manager, actor, 'bid.withdrawn', 'Bid', bid.id, lot.structureId, { lotId: lot.id });
      return manager.findOneByOrFail(Bid, { id: bid.id });
    });
  }

  private async requireProvider(manager: EntityManager, actor: Actor): Promise<string> {
    const structureId = requireStructureId(actor);
    const structure = await manager.findOneBy(Structure, { id: structureId });
    if (structure?.kind !== StructureKind.PROVIDER)
      throw new ForbiddenError('Seule une structure prestataire candidate aux lots.');
    return structureId;
  }
}
