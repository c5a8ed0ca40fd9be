import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ObstacleStatus, todayInParis } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { Actor } from '../../../core/auth/actor';
import { InputError } from '../../../core/graphql/errors';
import { PathStateService } from '../paths/path-state';
import { AddObstacleInput, RecordDiagnosisInput, UpdateObstacleInput } from './diagnosis.dto';
import { Diagnosis, Obstacle } from './diagnosis.entity';
import { saveNew, updateVersioned } from '../../../core/database/writes';
import { checkNotFuture } from '../../../core/validation/dates';

/** The socio-professional diagnosis and the obstacles ("freins") of a path that is not over. */
@Injectable()
export class DiagnosisService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly state: PathStateService,
  ) {}

  async recordDiagnosis(actor: Actor, input: RecordDiagnosisInput): Promise<Diagnosis> {
    checkNotFuture('date', input.date);
    return this.dataSource.transaction(async (manager) => {
      const { path } = await this.state.lockOpen(manager, actor, input.pathId);
      const diagnosis = await saveNew(manager, Diagnosis, {
        pathId: path.id,
        date: input.date,
        summary: input.summary.trim(),
        professionalProject: input.professionalProject?.trim() || null,
        byUserId: actor.userId,
      });
      await this.state.recordEvent(manager, actor, path, 'plie.diagnosis.recorded', {
        diagnosisId: diagnosis.id,
      });
      return diagnosis;
    });
  }

  async addObstacle(actor: Actor, input: AddObstacleInput): Promise<Obstacle> {
    checkNotFuture('identifiedOn', input.identifiedOn);
    return this.dataSource.transaction(async (manager) => {
      const { path } = await this.state.lockOpen(manager, actor, input.pathId);
      const obstacle = await saveNew(manager, Obstacle, {
        pathId: path.id,
        kind: input.kind,
        severity: input.severity,
        status: ObstacleStatus.IDENTIFIED,
        note: input.note?.trim() || null,
        identifiedOn: input.identifiedOn,
        liftedOn: null,
      });
      await this.state.recordEvent(manager, actor, path, 'plie.obstacle.added', {
        obstacleId: obstacle.id,
        kind: input.kind,
      });
      return obstacle;
    });
  }

  async updateObstacle(actor: Actor, input: UpdateObstacleInput): Promise<Obstacle> {
    return this.dataSource.transaction(async (manager) => {
      const { entry: obstacle, path } = await this.state.lockEntry(manager, actor, Obstacle, input.id, 'Frein');
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
      await this.state.recordEvent(manager, actor, path, 'plie.obstacle.updated', {
        obstacleId: obstacle.id,
        status,
      });
      return manager.findOneByOrFail(Obstacle, { id: obstacle.id });
    });
  }
}
