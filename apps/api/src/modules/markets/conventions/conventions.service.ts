import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BidStatus } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { ConflictError, InputError, NotFoundError } from '../../../core/graphql/errors';
import { isUuid } from '../../../core/validation/calendar-date.validator';
import { Bid } from '../bids/bid.entity';
import { findOperatorLot, isOperatorOf } from '../lot-access';
import { Lot } from '../lots/lot.entity';
import { checkPeriod } from '../markets/markets.service';
import { cents } from '../../../core/validation/money.validator';
import { AmendConventionInput, SignConventionInput } from './convention.dto';
import { Convention, ConventionAmendment } from './convention.entity';
import { saveNew } from '../../../core/database/writes';

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
        throw new InputError({
          amountTtc: `Le montant dépasse le prix maximum du lot (${lot.maxAnnualPriceTtc} € TTC).`,
        });
      }
      const bid = await manager.findOneByOrFail(Bid, { lotId: lot.id, status: BidStatus.AWARDED });
      const convention = await saveNew(manager, Convention, {
        lotId: lot.id,
        bidId: bid.id,
        structureId: lot.structureId,
        providerStructureId: lot.awardedStructureId,
        reference: input.reference.trim(),
        signedOn: input.signedOn,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        amountTtc: input.amountTtc,
        signedByUserId: actor.userId,
      });
      await manager
        .createQueryBuilder()
        .update(Lot)
        .set({ conventionSignedOn: input.signedOn, version: () => 'version + 1' })
        .where('id = :id', { id: lot.id })
        .execute();
      await this.audit.recordOn(manager, actor, 'convention.signed', 'Lot', lot.id, lot.structureId, {
        conventionId: convention.id,
        providerStructureId: lot.awardedStructureId,
      });
      return manager.findOneByOrFail(Convention, { id: convention.id });
    });
  }

  /** Records an amendment: the convention takes the new terms, the amendment keeps the former ones. Operator only. */
  async amend(actor: Actor, input: AmendConventionInput): Promise<ConventionAmendment> {
    return this.dataSource.transaction(async (manager) => {
      const found = isUuid(input.conventionId) ? await manager.findOneBy(Convention, { id: input.conventionId }) : null;
      if (!found || !isOperatorOf(actor, found)) throw new NotFoundError('Convention');
      const lot = await findOperatorLot(manager, actor, found.lotId, true);
      const convention = await manager.findOneByOrFail(Convention, { id: found.id });
      if (convention.version !== input.version) throw new ConflictError();
      const endsOn = input.endsOn ?? convention.endsOn;
      const amountTtc = input.amountTtc ?? convention.amountTtc;
      const errors: Record<string, string> = {};
      if (input.signedOn < convention.signedOn)
        errors.signedOn = 'Un avenant ne peut précéder la signature de la convention.';
      if (endsOn < convention.startsOn) errors.endsOn = 'La fin ne peut précéder le début de la convention.';
      if (input.amountTtc && lot.maxAnnualPriceTtc !== null && cents(input.amountTtc) > cents(lot.maxAnnualPriceTtc))
        errors.amountTtc = `Le montant dépasse le prix maximum du lot (${lot.maxAnnualPriceTtc} € TTC).`;
      if (Object.keys(errors).length) throw new InputError(errors);
      const [{ count }] = await manager.query(
        `SELECT count(*)::int AS count FROM convention_amendments WHERE "conventionId" = $1`,
        [convention.id],
      );
      const amendment = await saveNew(manager, ConventionAmendment, {
        conventionId: convention.id,
        structureId: convention.structureId,
        number: count + 1,
        signedOn: input.signedOn,
        reason: input.reason.trim(),
        description: input.description.trim(),
        previousEndsOn: convention.endsOn,
        endsOn,
        previousAmountTtc: convention.amountTtc,
        amountTtc,
        signedByUserId: actor.userId,
      });
      await manager
        .createQueryBuilder()
        .update(Convention)
        .set({ endsOn, amountTtc, version: () => 'version + 1' })
        .where('id = :id', { id: convention.id })
        .execute();
      await this.audit.recordOn(manager, actor, 'convention.amended', 'Lot', lot.id, lot.structureId, {
        conventionId: convention.id,
        amendmentId: amendment.id,
        number: amendment.number,
      });
      return manager.findOneByOrFail(ConventionAmendment, { id: amendment.id });
    });
  }
}
