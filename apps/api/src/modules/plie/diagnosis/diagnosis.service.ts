import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ObstacleStatus, todayInParis } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { InputError } from '../../../core/graphql/errors';
import { participantOf, recordParticipantEvent } from '../../participants/participant-access';
import { PathStateService } from '../paths/path-state';
import { AddObstacleInput, RecordDiagnosisInput, UpdateObstacleInput } from './diagnosis.dto';
import { Diagnosis, Obstacle } from './diagnosis.entity';
import { saveNew, updateVersioned } from '../../../core/database/writes';
import { checkNotFuture } from '../../../core/validation/dates';
import { findOrNotFound } from '../../../core/database/find';

/** The socio-professional diagnosis and the obstacles ("freins") of a path that is not over. */
@Injectable()
export class DiagnosisService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly state: PathStateService,
  ) {}

  async recordDiagnosis(actor: Actor, input: RecordDiagnosisInput): Promise<Diagnosis> {
    checkNotFuture('date', input.date);
    return this.dataSource.transaction(async (manager) => {
      const { path } = await this.state.lockForFollowUp(manager, actor, input.pathId);
      this.state.assertOpen(path);
      const diagnosis = await saveNew(manager, Diagnosis, {
        pathId: path.id,
        date: input.date,
        summary: input.summary.trim(),
        professionalProject: input.professionalProject?.trim() || null,
        byUserId: actor.userId,
      });
      await recordParticipantEvent(this.audit, manager, actor, participantOf(path), 'plie.diagnosis.recorded', {
        pathId: path.id,
        diagnosisId: diagnosis.id,
      });
      return diagnosis;
    });
  }

  async addObstacle(actor: Actor, input: AddObstacleInput): Promise<Obstacle> {
    checkNotFuture('identifiedOn', input.identifiedOn);
    return this.dataSource.transaction(async (manager) => {
      const { path } = await this.state.lockForFollowUp(manager, actor, input.pathId);
      this.state.assertOpen(path);
      const obstacle = await saveNew(manager, Obstacle, {
        pathId: path.id,
        kind: input.kind,
        severity: input.severity,
        status: ObstacleStatus.IDENTIFIED,
        note: input.note?.trim() || null,
        identifiedOn: input.identifiedOn,
        liftedOn: null,
      });
      await recordParticipantEvent(this.audit, manager, actor, participantOf(path), 'plie.obstacle.added', {
        pathId: path.id,
        obstacleId: obstacle.id,
        kind: input.kind,
      });
      return obstacle;
    });
  }

  async updateObstacle(actor: Actor, input: UpdateObstacleInput): Promise<Obstacle> {
    return this.dataSource.transaction(async (manager) => {
      const obstacle = await findOrNotFound(manager, Obstacle, { id: input.id }, 'Frein');
      const { path } = await this.state.lockForFollowUp(manager, actor, obstacle.pathId, 'Frein');
      this.state.assertOpen(path);
      const status = input.status ?? obstacle.status;
      const liftedOn =
        status === ObstacleStatus.LIFTED ? (input.liftedOn ?? obstacle.liftedOn ?? todayInParis()) : null;
      if (liftedOn) {
        checkNotFuture('liftedOn', liftedOn);
        if (liftedOn < obstacle.identifiedOn)
          throw new InputError({ liftedOn: 'Un frein ne peut pas être levé avant d’avoir été repéré.' });
      }
      await updateVersioned(manager, Obstacle, obstacle.id, input.version, {
        ...(input.severity ? { severity: input.severity } : {}),
        ...(input.note !== undefined ? { note: input.note?.trim() || null } : {}),
        status,
        liftedOn,
      });
      await recordParticipantEvent(this.audit, manager, actor, participantOf(path), 'plie.obstacle.updated', {
        pathId: path.id,
        obstacleId: obstacle.id,
        status,
      });
      return manager.findOneByOrFail(Obstacle, { id: obstacle.id });
    });
  }
}
