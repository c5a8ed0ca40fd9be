import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LiaisonSheetKind, liaisonSheetDueOn, OrientationStatus, todayInParis } from '@passerelle/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { ConflictError, InputError } from '../../../core/graphql/errors';
import { participantOf, recordParticipantEvent } from '../../participants/participant-access';
import { findDeliveredOrientation } from '../orientation-access';
import { Orientation } from '../orientations/orientation.entity';
import { SendEntryLiaisonSheetInput, SendExitLiaisonSheetInput } from './liaison-sheet.dto';
import { LiaisonSheet } from './liaison-sheet.entity';
import { fillFseEntryFromSheet } from './fse-from-sheet';
import { saveNew } from '../../../core/database/writes';
import { checkNotFuture } from '../../../core/validation/dates';

@Injectable()
export class LiaisonSheetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async sendEntry(actor: Actor, input: SendEntryLiaisonSheetInput): Promise<LiaisonSheet> {
    const sentOn = input.sentOn ?? todayInParis();
    checkNotFuture('sentOn', sentOn);
    return this.dataSource.transaction(async (manager) => {
      const o = await findDeliveredOrientation(manager, actor, input.orientationId, true);
      if (o.version !== input.version) throw new ConflictError();
      if (o.status !== OrientationStatus.PENDING_ENTRY)
        throw new InputError({ orientationId: 'La fiche d’entrée ou de non-entrée a déjà été envoyée.' });
      if (sentOn < o.orientedOn) throw new InputError({ sentOn: 'La fiche ne peut précéder l’orientation.' });
      const errors: Record<string, string> = {};
      if (input.entered) {
        if (!input.startedOn) errors.startedOn = 'Le démarrage de l’action est obligatoire pour une entrée.';
        else if (input.startedOn < o.orientedOn) errors.startedOn = 'L’action ne peut démarrer avant l’orientation.';
        if (!input.fseEntry) errors.fseEntry = 'Joignez le questionnaire FSE+ de recueil des données.';
      } else if (!input.nonEntryReason?.trim())
        errors.nonEntryReason = 'Précisez pourquoi la personne n’entre pas dans l’action.';
      if (Object.keys(errors).length) throw new InputError(errors);
      const sheet = await saveNew(manager, LiaisonSheet, {
        orientationId: o.id,
        kind: input.entered ? LiaisonSheetKind.ENTRY : LiaisonSheetKind.NON_ENTRY,
        sentOn,
        dueOn: o.entryDueOn,
        late: sentOn > o.entryDueOn,
        startedOn: input.entered ? input.startedOn! : null,
        position: input.entered ? input.position?.trim() || null : null,
        nonEntryReason: input.entered ? null : input.nonEntryReason!.trim(),
        exitOn: null,
        exitReason: null,
        synthesis: null,
        fseAnswers: input.entered ? { ...input.fseEntry } : null,
        sentByUserId: actor.userId,
      });
      await this.bump(manager, o, {
        status: input.entered ? OrientationStatus.ENTERED : OrientationStatus.NOT_ENTERED,
        entrySheetSentOn: sentOn,
        startedOn: input.entered ? input.startedOn! : null,
      });
      await recordParticipantEvent(this.audit, manager, actor, participantOf(o), 'orientation.liaison-sheet.sent', {
        orientationId: o.id,
        sheetId: sheet.id,
        kind: sheet.kind,
        late: sheet.late,
      });
      if (input.entered && input.fseEntry)
        await fillFseEntryFromSheet(manager, this.audit, actor, o.participantId, input.fseEntry, sheet.id);
      return manager.findOneByOrFail(LiaisonSheet, { id: sheet.id });
    });
  }

  async sendExit(actor: Actor, input: SendExitLiaisonSheetInput): Promise<LiaisonSheet> {
    const sentOn = input.sentOn ?? todayInParis();
    checkNotFuture('sentOn', sentOn);
    return this.dataSource.transaction(async (manager) => {
      const o = await findDeliveredOrientation(manager, actor, input.orientationId, true);
      if (o.version !== input.version) throw new ConflictError();
      if (o.status !== OrientationStatus.ENTERED && o.status !== OrientationStatus.EXITED)
        throw new InputError({ orientationId: 'Seule une personne entrée dans l’action peut en sortir.' });
      if (o.exitSheetSentOn) throw new InputError({ orientationId: 'La fiche de sortie a déjà été envoyée.' });
      const exitOn = o.exitOn ?? input.exitOn ?? null;
      const exitReason = o.exitReason ?? input.exitReason ?? null;
      const errors: Record<string, string> = {};
      if (!exitOn) errors.exitOn = 'Le jour de sortie est obligatoire.';
      else if (o.startedOn && exitOn < o.startedOn)
        errors.exitOn = 'La sortie ne peut précéder le démarrage de l’action.';
      else if (exitOn > sentOn) errors.exitOn = 'La fiche de sortie s’envoie une fois la sortie effective.';
      if (!exitReason) errors.exitReason = 'Le motif de sortie est obligatoire.';
      if (!input.synthesis.trim()) errors.synthesis = 'La synthèse est obligatoire.';
      if (Object.keys(errors).length) throw new InputError(errors);
      await this.checkImmersionExitSheets(manager, o);
      const dueOn = o.exitDueOn ?? liaisonSheetDueOn(exitOn!);
      const sheet = await saveNew(manager, LiaisonSheet, {
        orientationId: o.id,
        kind: LiaisonSheetKind.EXIT,
        sentOn,
        dueOn,
        late: sentOn > dueOn,
        startedOn: null,
        position: null,
        nonEntryReason: null,
        exitOn,
        exitReason,
        synthesis: input.synthesis.trim(),
        fseAnswers: null,
        sentByUserId: actor.userId,
      });
      await this.bump(manager, o, {
        status: OrientationStatus.EXITED,
        exitOn,
        exitReason,
        exitDueOn: dueOn,
        exitSheetSentOn: sentOn,
      });
      await recordParticipantEvent(this.audit, manager, actor, participantOf(o), 'orientation.liaison-sheet.sent', {
        orientationId: o.id,
        sheetId: sheet.id,
        kind: sheet.kind,
        late: sheet.late,
      });
      return manager.findOneByOrFail(LiaisonSheet, { id: sheet.id });
    });
  }

  /** Seed 002, lot 3: the exit sheet of an immersion is completed with the tutor and the participant, who co-sign it. */
  private async checkImmersionExitSheets(manager: EntityManager, o: Orientation): Promise<void> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS unsigned FROM immersions WHERE "orientationId" = $1 AND ("tutorSignedOn" IS NULL OR "participantSignedOn" IS NULL)`,
      [o.id],
    );
    if (row.unsigned > 0)
      throw new InputError({
        orientationId: 'La fiche de fin d’immersion doit d’abord être cosignée par le tuteur et le participant.',
      });
  }

  private async bump(manager: EntityManager, o: Orientation, set: Partial<Orientation>): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Orientation)
      .set({ ...set, version: () => 'version + 1' })
      .where('id = :id', { id: o.id })
      .execute();
  }
}
