import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BidStatus } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { InputError } from '../../../core/graphql/errors';
import { Bid } from '../bids/bid.entity';
import { findOperatorLot } from '../lot-access';
import { Lot } from '../lots/lot.entity';
import { checkPeriod } from '../markets/markets.service';
import { cents } from '../money.validator';
import { SignConventionInput } from './convention.dto';
import { Convention } from './convention.entity';

@Injectable()
export class ConventionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Records the convention signed with the awarded provider: from then on, it works on the lot (and only it). */
  async sign(actor: Actor, input: SignConventionInput): Promise<Convention> {
    checkPeriod(input.startsOn, input.endsOn);
    return this.dataSource.transaction(async (manager) => {
      const lot = await findOperatorLot(manager, actor, input.lotId, true);
      if (!lot.awardedStructureId) throw new InputError({ lotId: 'Attribuez d’abord le lot à une candidature notée.' });
      if (lot.conventionSignedOn) throw new InputError({ lotId: 'La convention de ce lot est déjà signée.' });
      if (lot.maxAnnualPriceTtc !== null && cents(input.amountTtc) > cents(lot.maxAnnualPriceTtc)) {
        throw new InputError({ amountTtc: `Le montant dépasse le prix maximum du lot (${lot.maxAnnualPriceTtc} € TTC).` });
      }
      const bid = await manager.findOneByOrFail(Bid, { lotId: lot.id, status: BidStatus.AWARDED });
      const convention = await manager.save(
        Convention,
        manager.create(Convention, { lotId: lot.id, bidId: bid.id, structureId: lot.structureId, providerStructureId: lot.awardedStructureId, reference: input.reference.trim(), signedOn: input.signedOn, startsOn: input.startsOn, endsOn: input.endsOn, amountTtc: input.amountTtc, signedByUserId: actor.userId }),
      );
      await manager.createQueryBuilder().update(Lot).set({ conventionSignedOn: input.signedOn, version: () => 'version + 1' }).where('id = :id', { id: lot.id }).execute();
      await this.audit.record(manager, actor, { action: 'convention.signed', entityType: 'Lot', entityId: lot.id, structureId: lot.structureId, details: { conventionId: convention.id, providerStructureId: lot.awardedStructureId } });
      return manager.findOneByOrFail(Convention, { id: convention.id });
    });
  }
}
