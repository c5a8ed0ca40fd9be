import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BidStatus, isValidMark, rankBids, StructureKind, weightedScore } from '@passerelle/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { ConflictError, DomainError, InputError, NotFoundError } from '../../../core/graphql/errors';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { isUuid } from '../../../core/validation/calendar-date.validator';
import { findOperatorLot, isOperatorOf } from '../lot-access';
import { Lot } from '../lots/lot.entity';
import { ScoringCriterion } from '../markets/market.entity';
import { AwardLotInput, RecordBidInput, ScoreBidInput } from './bid.dto';
import { Bid, BidMark } from './bid.entity';
import { saveNew } from '../../../core/database/writes';
import { findOrNotFound } from '../../../core/database/find';

/** Awarding a bid that is not scored on every criterion of the grid. */
export class BidNotScoredError extends DomainError {
  constructor() {
    super('BAD_USER_INPUT', 'Seule une candidature notée sur tous les critères peut être retenue.', {
      reason: 'BID_NOT_SCORED',
      fields: { bidId: 'Notez d’abord la candidature sur tous les critères de la grille.' },
    });
  }
}

@Injectable()
export class BidsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async record(actor: Actor, input: RecordBidInput): Promise<Bid> {
    return this.dataSource.transaction(async (manager) => {
      const lot = await findOperatorLot(manager, actor, input.lotId, true);
      if (lot.awardedStructureId) throw new InputError({ lotId: 'Ce lot est déjà attribué.' });
      const provider = isUuid(input.providerStructureId)
        ? await manager.findOneBy(Structure, { id: input.providerStructureId })
        : null;
      if (provider?.kind !== StructureKind.PROVIDER)
        throw new InputError({ providerStructureId: 'Choisissez une structure prestataire.' });
      if (await manager.existsBy(Bid, { lotId: lot.id, providerStructureId: provider.id }))
        throw new InputError({ providerStructureId: 'Ce prestataire a déjà candidaté sur ce lot.' });
      const bid = await saveNew(manager, Bid, {
        lotId: lot.id,
        structureId: lot.structureId,
        providerStructureId: provider.id,
        receivedOn: input.receivedOn,
        priceTtc: input.priceTtc,
        summary: input.summary?.trim() || null,
        score: null,
        awardJustification: null,
        withdrawnAt: null,
      });
      await this.audit.recordOn(manager, actor, 'bid.recorded', 'Bid', bid.id, lot.structureId, {
        lotId: lot.id,
        providerStructureId: provider.id,
      });
      return manager.findOneByOrFail(Bid, { id: bid.id });
    });
  }

  async score(actor: Actor, input: ScoreBidInput): Promise<Bid> {
    return this.dataSource.transaction(async (manager) => {
      const { bid, lot } = await this.lockBid(manager, actor, input.bidId);
      if (bid.version !== input.version) throw new ConflictError();
      if (bid.status === BidStatus.AWARDED || bid.status === BidStatus.REJECTED)
        throw new InputError({ bidId: 'Le lot est attribué : les notes sont figées.' });
      if (bid.status === BidStatus.WITHDRAWN)
        throw new InputError({ bidId: 'Le prestataire a retiré cette candidature : elle ne se note plus.' });
      const criteria = await manager.findBy(ScoringCriterion, { marketId: lot.marketId });
      const known = new Set(criteria.map((c) => c.id));
      const errors: Record<string, string> = {};
      input.marks.forEach((m, i) => {
        if (!known.has(m.criterionId))
          errors[`marks.${i}.criterionId`] = 'Ce critère n’appartient pas à la grille du marché.';
        else if (!isValidMark(m.mark)) errors[`marks.${i}.mark`] = 'Note invalide : un nombre de 0 à 20 (ex. 15.5).';
      });
      if (Object.keys(errors).length) throw new InputError(errors);
      await manager.upsert(
        BidMark,
        input.marks.map((m) => ({ bidId: bid.id, criterionId: m.criterionId, mark: m.mark })),
        ['bidId', 'criterionId'],
      );
      const marks = await manager.findBy(BidMark, { bidId: bid.id });
      const score = weightedScore(criteria, new Map(marks.map((m) => [m.criterionId, m.mark])));
      await manager.update(
        Bid,
        { id: bid.id },
        { score, status: score === null ? BidStatus.SUBMITTED : BidStatus.SCORED, version: bid.version + 1 },
      );
      await this.audit.recordOn(manager, actor, 'bid.scored', 'Bid', bid.id, lot.structureId, { score });
      return manager.findOneByOrFail(Bid, { id: bid.id });
    });
  }

  /** Awards the lot to a scored bid; the other bids are not retained. Choosing a bid that is not the best needs a justification. */
  async award(actor: Actor, input: AwardLotInput): Promise<Bid> {
    return this.dataSource.transaction(async (manager) => {
      const { bid, lot } = await this.lockBid(manager, actor, input.bidId);
      if (lot.awardedStructureId) throw new InputError({ bidId: 'Ce lot est déjà attribué.' });
      if (bid.score === null || bid.status !== BidStatus.SCORED) throw new BidNotScoredError();
      const bids = await manager.findBy(Bid, { lotId: lot.id });
      const ranks = rankBids(bids.map((b) => ({ id: b.id, score: b.score })));
      if (ranks.get(bid.id) !== 1 && !input.justification?.trim()) {
        throw new InputError({ justification: 'Cette candidature n’est pas la mieux notée : justifiez le choix.' });
      }
      await manager.update(
        Bid,
        { id: bid.id },
        {
          status: BidStatus.AWARDED,
          awardJustification: input.justification?.trim() || null,
          version: bid.version + 1,
        },
      );
      const others = bids.filter((b) => b.id !== bid.id && b.status !== BidStatus.WITHDRAWN).map((b) => b.id);
      if (others.length)
        await manager
          .createQueryBuilder()
          .update(Bid)
          .set({ status: BidStatus.REJECTED, version: () => 'version + 1' })
          .where({ id: In(others) })
          .execute();
      await manager
        .createQueryBuilder()
        .update(Lot)
        .set({ awardedStructureId: bid.providerStructureId, version: () => 'version + 1' })
        .where('id = :id', { id: lot.id })
        .execute();
      await this.audit.recordOn(manager, actor, 'lot.awarded', 'Lot', lot.id, lot.structureId, {
        bidId: bid.id,
        providerStructureId: bid.providerStructureId,
        rank: ranks.get(bid.id),
      });
      return manager.findOneByOrFail(Bid, { id: bid.id });
    });
  }

  /** Bids are the operator's business: the lot is locked so that scoring and awarding are serialised. */
  private async lockBid(manager: EntityManager, actor: Actor, bidId: string): Promise<{ bid: Bid; lot: Lot }> {
    const found = await findOrNotFound(manager, Bid, { id: bidId }, 'Candidature');
    const lot = await manager.findOne(Lot, { where: { id: found.lotId }, lock: { mode: 'pessimistic_write' } });
    if (!lot || !isOperatorOf(actor, lot)) throw new NotFoundError('Candidature');
    const bid = await manager.findOneByOrFail(Bid, { id: found.id });
    return { bid, lot };
  }
}
