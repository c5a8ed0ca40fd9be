import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CURRENT_PATH_STATUSES,
  frenchDate,
  liaisonSheetDueOn,
  OPEN_PATH_STATUSES,
  OrientationStatus,
  PATH_STATUS_LABELS,
  Permission,
  Programme,
  todayInParis,
} from '@passerelle/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { InputError, NotFoundError } from '../../../core/graphql/errors';
import { Connection, PageArgs, paginate, listQuery } from '../../../core/graphql/pagination';
import { actingStructureId, findOperatorLot } from '../../markets/lot-access';
import { isUuid } from '../../../core/validation/calendar-date.validator';
import { findReachableParticipant } from '../../participants/participant-access';
import { recordParticipantEvent } from '../../participants/participant-access';
import { Participant } from '../../participants/participant.entity';
import { PliePath } from '../../plie/paths/plie-path.entity';
import { findReachableOrientation, orientationScopeSql } from '../orientation-access';
import { OrientationFilter, OrientParticipantInput } from './orientation.dto';
import { Orientation, OrientedParticipant, orientedView } from './orientation.entity';
import { saveNew } from '../../../core/database/writes';
import { checkNotFuture } from '../../../core/validation/dates';
import { NotificationsService } from '../../notifications/notifications.service';

/** SQL twin of the domain's lateness: a sheet not sent after its due day, or sent after it. */
export function lateOrientationSql(alias: string): string {
  return `((${alias}."entrySheetSentOn" IS NULL AND ${alias}."entryDueOn" < :today) OR ${alias}."entrySheetSentOn" > ${alias}."entryDueOn"
    OR (${alias}."exitDueOn" IS NOT NULL AND ((${alias}."exitSheetSentOn" IS NULL AND ${alias}."exitDueOn" < :today) OR ${alias}."exitSheetSentOn" > ${alias}."exitDueOn")))`;
}

/** A liaison sheet (entry, or exit once due) still not sent after its due day. */
export function overdueSheetSql(alias: string): string {
  return `((${alias}."entrySheetSentOn" IS NULL AND ${alias}."entryDueOn" < :today)
    OR (${alias}."exitSheetSentOn" IS NULL AND ${alias}."exitDueOn" IS NOT NULL AND ${alias}."exitDueOn" < :today))`;
}

/**
 * Seed 001, lot 3: « le suivi ne pourra intervenir qu'après son intégration au sein du dispositif, actée par le comité
 * d'agrément et de suivi des parcours ». A PLIE participant is oriented to a provider only once admitted.
 */
async function checkAdmitted(manager: EntityManager, participantId: string): Promise<void> {
  const path = await manager.findOne(PliePath, {
    where: { participantId, status: In([...CURRENT_PATH_STATUSES]) },
  });
  if (path && OPEN_PATH_STATUSES.includes(path.status)) return;
  const why = path
    ? `son parcours est « ${PATH_STATUS_LABELS[path.status]} »`
    : 'elle n’a pas de parcours PLIE en cours';
  throw new InputError({
    participantId: `Cette personne n’est pas encore admise dans le PLIE (${why}) : l’orientation vers un prestataire n’est possible qu’après son admission par le comité d’agrément et de suivi des parcours.`,
  });
}

export const OPEN_ORIENTATION_STATUSES = [OrientationStatus.PENDING_ENTRY, OrientationStatus.ENTERED];

@Injectable()
export class OrientationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  list(actor: Actor, page: PageArgs, filter: OrientationFilter = {}): Promise<Connection<Orientation>> {
    const scope = actingStructureId(actor);
    const query = listQuery(this.dataSource, Orientation, 'o', { orientedOn: 'DESC' });
    if (scope) query.andWhere(orientationScopeSql('o'), { scope });
    if (filter.lotId) query.andWhere('o.lotId = :lotId', { lotId: filter.lotId });
    if (filter.participantId)
      query.andWhere('o.participantId = :participantId', { participantId: filter.participantId });
    if (filter.status) query.andWhere('o.status = :status', { status: filter.status });
    if (filter.late !== undefined)
      // COALESCE: a sheet not sent yet compares as NULL, which NOT would keep NULL and so drop the on-time ones.
      query.andWhere(filter.late ? lateOrientationSql('o') : `NOT COALESCE(${lateOrientationSql('o')}, false)`, {
        today: todayInParis(),
      });
    if (filter.overdue !== undefined)
      query.andWhere(filter.overdue ? overdueSheetSql('o') : `NOT ${overdueSheetSql('o')}`, { today: todayInParis() });
    return paginate(query, page);
  }

  get(actor: Actor, id: string): Promise<Orientation> {
    return findReachableOrientation(this.dataSource.manager, actor, id);
  }

  /** A provider reaches a participant only through an orientation to one of its lots; what it sees is restricted. Traced. */
  async orientedParticipant(actor: Actor, participantId: string): Promise<OrientedParticipant> {
    const scope = actingStructureId(actor);
    if (!isUuid(participantId)) throw new NotFoundError('Participant');
    const participant = await this.dataSource
      .getRepository(Participant)
      .createQueryBuilder('p')
      .where('p.id = :participantId', { participantId })
      .andWhere(
        scope
          ? `(p."structureId" = :scope OR EXISTS (SELECT 1 FROM orientations o WHERE o."participantId" = p.id AND o."providerStructureId" = :scope))`
          : 'TRUE',
        scope ? { scope } : {},
      )
      .getOne();
    if (!participant) throw new NotFoundError('Participant');
    await recordParticipantEvent(
      this.audit,
      this.dataSource.manager,
      actor,
      participant,
      'participant.oriented-view.read',
    );
    return orientedView(participant);
  }

  async orient(actor: Actor, input: OrientParticipantInput): Promise<Orientation> {
    checkNotFuture('orientedOn', input.orientedOn, 'L’orientation ne peut pas être datée dans le futur.');
    return this.dataSource.transaction(async (manager) => {
      const participant = await findReachableParticipant(manager, actor, input.participantId, true);
      const lot = await findOperatorLot(manager, actor, input.lotId);
      if (lot.structureId !== participant.structureId) throw new NotFoundError('Lot');
      if (participant.programme === Programme.PLIE) await checkAdmitted(manager, participant.id);
      if (!lot.awardedStructureId || !lot.conventionSignedOn)
        throw new InputError({ lotId: 'Ce lot n’a pas encore de prestataire conventionné.' });
      if (input.orientedOn < lot.startsOn || input.orientedOn > lot.endsOn)
        throw new InputError({ orientedOn: `L’action du lot se déroule du ${lot.startsOn} au ${lot.endsOn}.` });
      if (
        await manager.existsBy(Orientation, {
          participantId: participant.id,
          lotId: lot.id,
          status: In(OPEN_ORIENTATION_STATUSES),
        })
      ) {
        throw new InputError({ lotId: 'Cette personne est déjà orientée vers ce lot.' });
      }
      const orientation = await saveNew(manager, Orientation, {
        structureId: participant.structureId,
        lotId: lot.id,
        providerStructureId: lot.awardedStructureId,
        participantId: participant.id,
        orientedOn: input.orientedOn,
        orientedByUserId: actor.userId,
        purpose: input.purpose?.trim() || null,
        status: OrientationStatus.PENDING_ENTRY,
        entryDueOn: liaisonSheetDueOn(input.orientedOn),
        entrySheetSentOn: null,
        startedOn: null,
        exitOn: null,
        exitReason: null,
        exitDueOn: null,
        exitSheetSentOn: null,
      });
      await recordParticipantEvent(this.audit, manager, actor, participant, 'orientation.created', {
        orientationId: orientation.id,
        lotId: lot.id,
        providerStructureId: lot.awardedStructureId,
      });
      // The provider's staff who send the liaison sheets learn of it at once: the entry sheet is due within 15 days.
      const providerId = lot.awardedStructureId;
      const providerStaff = await this.notifications.usersWithPermission(
        providerId,
        Permission.ACTIVITIES_WRITE,
        manager,
      );
      const name = `${participant.firstName} ${participant.lastName}`;
      await this.notifications.notify(
        providerStaff.map((userId) => ({
          userId,
          structureId: providerId,
          kind: 'orientation-new',
          title: `Nouvelle orientation : ${name}`,
          body: `${name} est orienté·e vers le lot ${lot.number} (${lot.title}) le ${frenchDate(input.orientedOn)}. La fiche de liaison « entrée » est attendue au plus tard le ${frenchDate(orientation.entryDueOn)}.`,
          link: `/orientations/${orientation.id}`,
          dedupeKey: `orientation-new:${orientation.id}`,
        })),
        manager,
      );
      return manager.findOneByOrFail(Orientation, { id: orientation.id });
    });
  }
}
