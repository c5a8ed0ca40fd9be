import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission } from '@passerelle/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { Actor } from '../../core/auth/actor';
import { Env } from '../../core/config/env';
import { ConflictError, InputError, NotFoundError } from '../../core/graphql/errors';
import { Connection, PageArgs, paginate } from '../../core/graphql/pagination';
import { requireStructureId } from '../../core/tenancy/scope';
import { NotificationsService } from '../notifications/notifications.service';
import { RetentionDecision, RetentionReview } from './retention-review.entity';
import { FLAG_SQL } from './retention.sql';
import { OptionalDay, OptionalString } from '../../core/validation/fields';

@ArgsType()
export class RetentionReviewListArgs extends PageArgs {
  @Field({ defaultValue: true, description: 'Seulement les dossiers sans décision.' })
  @IsOptional()
  @IsBoolean()
  pendingOnly: boolean = true;
}

@InputType()
export class DecideRetentionReviewInput {
  @Field(() => ID) @IsUUID('all', { message: 'Identifiant invalide.' }) id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => RetentionDecision)
  @IsEnum(RetentionDecision, { message: 'Choisissez conserver ou demander la suppression.' })
  decision!: RetentionDecision;
  @OptionalDay(undefined, { description: 'Nouvelle date de conservation, obligatoire pour KEEP.' }) keepUntil?:
    string | null;
  @OptionalString(2000) note?: string | null;
}

@Injectable()
export class RetentionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly env: Env,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Flags the structure's files past their keep-until date, and tells the people who decide. Deletes nothing. */
  async flag(structureId: string, today: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(FLAG_SQL, [
        structureId,
        this.env.RETENTION_YEARS_AFTER_EXIT,
        this.env.RETENTION_KEEP_AT_LEAST_UNTIL,
        today,
      ]);
      if (rows.length) {
        const users = await this.notifications.usersWithPermission(structureId, Permission.RETENTION_MANAGE, manager);
        await this.notifications.notify(
          users.map((userId) => ({
            userId,
            structureId,
            kind: 'retention-review',
            title: `${rows.length} dossier${rows.length > 1 ? 's' : ''} au terme de la durée de conservation`,
            body: `${rows.length} dossier${rows.length > 1 ? 's ont' : ' a'} dépassé sa date de conservation. Rien n’est supprimé automatiquement : décidez pour chacun de le conserver ou d’en demander la suppression.`,
            link: '/conservation',
            dedupeKey: `retention-review:${structureId}:${today}`,
          })),
          manager,
        );
      }
      return rows.length;
    });
  }

  list(actor: Actor, args: RetentionReviewListArgs): Promise<Connection<RetentionReview>> {
    const query = this.dataSource
      .getRepository(RetentionReview)
      .createQueryBuilder('r')
      .where('r.structureId = :structureId', { structureId: requireStructureId(actor) })
      .orderBy('r.keepUntil', 'ASC')
      .addOrderBy('r.id', 'ASC');
    if (args.pendingOnly) query.andWhere('r.decision IS NULL');
    return paginate(query, args);
  }

  async decide(actor: Actor, input: DecideRetentionReviewInput): Promise<RetentionReview> {
    if (input.decision === RetentionDecision.KEEP && !input.keepUntil)
      throw new InputError({ keepUntil: 'Indiquez jusqu’à quand conserver le dossier.' });
    const structureId = requireStructureId(actor);
    return this.dataSource.transaction(async (manager) => {
      const review = await manager.findOne(RetentionReview, {
        where: { id: input.id, structureId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!review) throw new NotFoundError('Dossier à examiner');
      if (review.version !== input.version) throw new ConflictError();
      await manager.update(
        RetentionReview,
        { id: review.id },
        {
          decision: input.decision,
          keepUntilExtended: input.decision === RetentionDecision.KEEP ? input.keepUntil : null,
          decisionNote: input.note?.trim() || null,
          decidedAt: new Date(),
          decidedByUserId: actor.userId,
        },
      );
      await this.audit.recordOn(manager, actor, 'retention.decided', review.entityType, review.entityId, structureId, {
        decision: input.decision,
        keepUntil: input.keepUntil ?? null,
      });
      return manager.findOneByOrFail(RetentionReview, { id: review.id });
    });
  }
}
