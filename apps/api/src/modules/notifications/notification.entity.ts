import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, ManyToOne, Relation, Unique } from 'typeorm';
import { User } from '../../core/tenancy/users/user.entity';
import { CreatedAtField, IdField } from '../../core/database/columns';

/**
 * An in-app notification for one user (a reminder, a report to write or to review…), also sent by e-mail.
 * `dedupeKey` makes a scheduled job that runs twice notify once.
 */
@ObjectType({ description: 'Une notification pour l’utilisateur connecté : relance, bilan à rédiger ou à valider…' })
@Entity('notifications')
@Index('IDX_notifications_user_created', ['userId', 'createdAt'])
@Index('IDX_notifications_user_unread', ['userId'], { where: `"readAt" IS NULL` })
@Unique('UQ_notifications_user_dedupe', ['userId', 'dedupeKey'])
export class Notification {
  @IdField() id!: string;
  @Column('uuid') userId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' }) user?: Relation<User>;
  @Field(() => ID, { nullable: true, description: 'La structure concernée.' })
  @Column('uuid', { nullable: true })
  structureId!: string | null;

  @Field({
    description:
      'Type : report-prepared, report-due, report-submitted, committee-pending, fse-exit-owed, retention-review…',
  })
  @Column()
  kind!: string;
  @Field() @Column() title!: string;
  @Field() @Column({ type: 'text' }) body!: string;
  @Field(() => String, { nullable: true, description: 'Chemin dans l’application web (ex. /bilans/<id>).' })
  @Column({ type: 'varchar', nullable: true })
  link!: string | null;
  @Column({ type: 'varchar', nullable: true }) dedupeKey!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Quand le courriel est parti (null : pas envoyé ou courriel désactivé).',
  })
  @Column({ type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;
  @CreatedAtField() createdAt!: Date;
}
