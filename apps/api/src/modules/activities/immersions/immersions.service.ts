import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { companyDays, immersionPlanErrors, immersionWindowMessage, immersionWindowOverLimit } from '@passerelle/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { ConflictError, InputError } from '../../../core/graphql/errors';
import { findDeliveredOrientation, findReachableOrientation } from '../../orientations/orientation-access';
import { findReachableParticipant } from '../../participants/participant-access';
import { participantOf, recordParticipantEvent } from '../../participants/participant-access';
import { PlanImmersionInput, RecordImmersionExitSheetInput, RecordImmersionStartMeetingInput } from './immersion.dto';
import { Immersion } from './immersion.entity';
import { saveNew } from '../../../core/database/writes';
import { findEnteredOrientation, orientationColumns } from '../activity-records';
import { findOrNotFound } from '../../../core/database/find';
import { currentRowScope } from '../../../core/database/row-scope';

@Injectable()
export class ImmersionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async plan(actor: Actor, input: PlanImmersionInput): Promise<Immersion> {
    const errors = immersionPlanErrors({
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      hours: Number(input.hours),
      justification: input.justification,
    });
    if (Object.keys(errors).length) throw new InputError(errors);
    return this.dataSource.transaction(async (manager) => {
      const o = await findEnteredOrientation(manager, actor, input.orientationId);
      if (o.startedOn && input.startsOn < o.startedOn)
        throw new InputError({ startsOn: 'L’immersion ne peut précéder le démarrage de l’action.' });
      const justification = input.justification?.trim() || null;
      const overLimit = immersionWindowOverLimit(await this.personPeriods(manager, o.participantId), {
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        hours: Number(input.hours),
      });
      if (overLimit && !justification) throw new InputError({ hours: immersionWindowMessage(overLimit) });
      const immersion = await saveNew(manager, Immersion, {
        ...orientationColumns(o),
        hostName: input.hostName.trim(),
        hostAddress: input.hostAddress?.trim() || null,
        tutorName: input.tutorName.trim(),
        tutorContact: input.tutorContact?.trim() || null,
        objective: input.objective.trim(),
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        hours: input.hours,
        justification,
      });
      await recordParticipantEvent(this.audit, manager, actor, participantOf(immersion), 'immersion.planned', {
        orientationId: o.id,
        immersionId: immersion.id,
        ...(overLimit && { overPersonLimit: { from: overLimit.from, to: overLimit.to, hours: overLimit.hours } }),
      });
      return manager.findOneByOrFail(Immersion, { id: immersion.id });
    });
  }

  async recordStartMeeting(actor: Actor, input: RecordImmersionStartMeetingInput): Promise<Immersion> {
    return this.dataSource.transaction(async (manager) => {
      const immersion = await this.lockDelivered(manager, actor, input.id, input.version);
      if (input.on > immersion.endsOn)
        throw new InputError({ on: 'L’entretien tripartite a lieu au démarrage de l’immersion.' });
      return this.change(manager, actor, immersion, { startMeetingOn: input.on }, 'immersion.start-meeting.recorded');
    });
  }

  /** The exit sheet, completed with the tutor and the participant, who both sign it. */
  async recordExitSheet(actor: Actor, input: RecordImmersionExitSheetInput): Promise<Immersion> {
    return this.dataSource.transaction(async (manager) => {
      const immersion = await this.lockDelivered(manager, actor, input.id, input.version);
      const errors: Record<string, string> = {};
      if (!immersion.startMeetingOn) errors.id = 'Enregistrez d’abord l’entretien tripartite de démarrage.';
      if (input.tutorSignedOn < immersion.startsOn) errors.tutorSignedOn = 'La fiche se signe à la fin de l’immersion.';
      if (input.participantSignedOn < immersion.startsOn)
        errors.participantSignedOn = 'La fiche se signe à la fin de l’immersion.';
      if (Object.keys(errors).length) throw new InputError(errors);
      if (input.proofId) {
        const [proof] = await manager.query(`SELECT "structureId" FROM proof_documents WHERE id = $1`, [input.proofId]);
        if (!proof || proof.structureId !== immersion.providerStructureId)
          throw new InputError({ proofId: 'Justificatif introuvable dans votre structure.' });
      }
      return this.change(
        manager,
        actor,
        immersion,
        {
          punctuality: input.punctuality,
          attendance: input.attendance,
          understanding: input.understanding,
          relations: input.relations,
          skills: input.skills.trim(),
          recommendations: input.recommendations.trim(),
          tutorSignedOn: input.tutorSignedOn,
          participantSignedOn: input.participantSignedOn,
          evaluationProofId: input.proofId ?? null,
        },
        'immersion.exit-sheet.recorded',
      );
    });
  }

  async forOrientation(actor: Actor, orientationId: string): Promise<Immersion[]> {
    const o = await findReachableOrientation(this.dataSource.manager, actor, orientationId);
    return this.dataSource
      .getRepository(Immersion)
      .find({ where: { orientationId: o.id }, order: { startsOn: 'ASC' } });
  }

  /**
   * Days spent in a company by a participant between two days (inclusive): the working days of their immersions,
   * counted once. The CEJ's 40-day counter reads it. Scoped like the participant's file.
   */
  async companyDays(actor: Actor, participantId: string, from: string, to: string): Promise<number> {
    if (to < from) throw new InputError({ to: 'La fin ne peut précéder le début.' });
    const participant = await findReachableParticipant(this.dataSource.manager, actor, participantId);
    const periods: { startsOn: string; endsOn: string }[] = await this.dataSource.query(
      `SELECT "startsOn"::text AS "startsOn", "endsOn"::text AS "endsOn" FROM immersions WHERE "participantId" = $1 AND "startsOn" <= $3 AND "endsOn" >= $2`,
      [participant.id, from, to],
    );
    return companyDays(periods, from, to);
  }

  /**
   * The person's immersions, all providers together (the per-person limit), the participant locked so that two plans
   * at once cannot both pass. Under a structure's row scope, a SECURITY DEFINER function gives the periods and hours
   * of the immersions it cannot see (nothing else of them).
   */
  private async personPeriods(manager: EntityManager, participantId: string) {
    await manager.query(`SELECT id FROM participants WHERE id = $1 FOR UPDATE`, [participantId]);
    const source =
      currentRowScope().kind === 'system'
        ? `(SELECT "startsOn", "endsOn", hours FROM immersions WHERE "participantId" = $1)`
        : `passerelle_participant_immersion_periods($1)`;
    const rows: { startsOn: string; endsOn: string; hours: string }[] = await manager.query(
      `SELECT "startsOn"::text AS "startsOn", "endsOn"::text AS "endsOn", hours::text AS hours FROM ${source} AS i`,
      [participantId],
    );
    return rows.map((row) => ({ ...row, hours: Number(row.hours) }));
  }

  private async lockDelivered(manager: EntityManager, actor: Actor, id: string, version: number): Promise<Immersion> {
    const found = await findOrNotFound(manager, Immersion, { id }, 'Immersion');
    await findDeliveredOrientation(manager, actor, found.orientationId, true, 'Immersion');
    const immersion = await manager.findOneByOrFail(Immersion, { id });
    if (immersion.version !== version) throw new ConflictError();
    return immersion;
  }

  private async change(
    manager: EntityManager,
    actor: Actor,
    immersion: Immersion,
    set: Partial<Immersion>,
    action: string,
  ): Promise<Immersion> {
    await manager
      .createQueryBuilder()
      .update(Immersion)
      .set({ ...set, version: () => 'version + 1' })
      .where('id = :id', { id: immersion.id })
      .execute();
    await recordParticipantEvent(this.audit, manager, actor, participantOf(immersion), action, {
      immersionId: immersion.id,
    });
    return manager.findOneByOrFail(Immersion, { id: immersion.id });
  }
}
