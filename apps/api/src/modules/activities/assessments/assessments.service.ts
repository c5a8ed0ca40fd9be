import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assessmentCompletionErrors, assessmentDueBy } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { ConflictError, InputError } from '../../../core/graphql/errors';
import { findDeliveredOrientation } from '../../orientations/orientation-access';
import { participantOf, recordParticipantEvent } from '../../participants/participant-access';
import { CompleteAssessmentInput, StartAssessmentInput } from './assessment.dto';
import { Assessment } from './assessment.entity';
import { saveNew } from '../../../core/database/writes';
import { checkNotFuture } from '../../../core/validation/dates';
import { findEnteredOrientation, orientationColumns } from '../activity-records';
import { findOrNotFound } from '../../../core/database/find';

@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async start(actor: Actor, input: StartAssessmentInput): Promise<Assessment> {
    checkNotFuture('startedOn', input.startedOn);
    return this.dataSource.transaction(async (manager) => {
      const o = await findEnteredOrientation(manager, actor, input.orientationId);
      if (o.startedOn && input.startedOn < o.startedOn)
        throw new InputError({ startedOn: 'Le bilan ne peut précéder le démarrage de l’action.' });
      if (await manager.existsBy(Assessment, { orientationId: o.id }))
        throw new InputError({ orientationId: 'Un bilan est déjà engagé pour cette orientation.' });
      const assessment = await saveNew(manager, Assessment, {
        ...orientationColumns(o),
        kind: input.kind,
        startedOn: input.startedOn,
        dueBy: assessmentDueBy(input.startedOn),
        actionPlan: [],
      });
      await recordParticipantEvent(this.audit, manager, actor, participantOf(assessment), 'assessment.started', {
        orientationId: o.id,
        assessmentId: assessment.id,
        kind: input.kind,
      });
      return manager.findOneByOrFail(Assessment, { id: assessment.id });
    });
  }

  async complete(actor: Actor, input: CompleteAssessmentInput): Promise<Assessment> {
    checkNotFuture('completedOn', input.completedOn);
    return this.dataSource.transaction(async (manager) => {
      const found = await findOrNotFound(manager, Assessment, { id: input.id }, 'Bilan');
      await findDeliveredOrientation(manager, actor, found.orientationId, true, 'Bilan');
      const assessment = await manager.findOneByOrFail(Assessment, { id: found.id });
      if (assessment.version !== input.version) throw new ConflictError();
      if (assessment.completedOn) throw new InputError({ id: 'Ce bilan est déjà terminé.' });
      const errors = assessmentCompletionErrors({
        kind: assessment.kind,
        startedOn: assessment.startedOn,
        completedOn: input.completedOn,
        hours: Number(input.hours),
        tripartiteMeetingOn: input.tripartiteMeetingOn ?? null,
        synthesis: input.synthesis ?? null,
        actionPlanPhases: input.actionPlan.length,
        justification: input.justification,
      });
      if (Object.keys(errors).length) throw new InputError(errors);
      await manager
        .createQueryBuilder()
        .update(Assessment)
        .set({
          completedOn: input.completedOn,
          hours: input.hours,
          tripartiteMeetingOn: input.tripartiteMeetingOn!,
          projectTitle: input.projectTitle?.trim() || null,
          synthesis: input.synthesis!.trim(),
          actionPlan: input.actionPlan.map((p) => ({
            title: p.title.trim(),
            actions: p.actions.trim(),
            dueBy: p.dueBy ?? null,
          })),
          justification: input.justification?.trim() || null,
          version: () => 'version + 1',
        })
        .where('id = :id', { id: assessment.id })
        .execute();
      await recordParticipantEvent(this.audit, manager, actor, participantOf(assessment), 'assessment.completed', {
        assessmentId: assessment.id,
      });
      return manager.findOneByOrFail(Assessment, { id: assessment.id });
    });
  }
}
