import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, Unique } from 'typeorm';
import { IdField, VersionField } from '../../core/database/columns';

/** What a person decided about a file past its keep-until date. Nothing is ever deleted by the system itself. */
export enum RetentionDecision {
  /** Kept longer, until a new date (an ongoing procedure, a later programme closure…). */
  KEEP = 'KEEP',
  /** To be deleted or anonymised by a person, through the documented procedure. */
  DELETE_REQUESTED = 'DELETE_REQUESTED',
}
registerEnumType(RetentionDecision, {
  name: 'RetentionDecision',
  description: 'Conserver plus longtemps, ou demander la suppression (faite par une personne).',
});

/**
 * A file flagged by the retention job because its keep-until date has passed: participants' files today (computed
 * from the last exit + RETENTION_YEARS_AFTER_EXIT, never before RETENTION_KEEP_AT_LEAST_UNTIL); documents later.
 */
@ObjectType({
  description: 'Un dossier arrivé au terme de sa durée de conservation, en attente d’une décision humaine.',
})
@Entity('retention_reviews')
@Unique('UQ_retention_reviews_entity', ['entityType', 'entityId'])
@Index('IDX_retention_reviews_structure_pending', ['structureId', 'decision'])
export class RetentionReview {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') structureId!: string;
  @Field({ description: 'Participant aujourd’hui ; Document plus tard.' }) @Column() entityType!: string;
  @Field(() => ID) @Column('uuid') entityId!: string;
  @Field({ description: 'Date jusqu’à laquelle le dossier devait être conservé.' })
  @Column({ type: 'date' })
  keepUntil!: string;
  @Field() @Column() reason!: string;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) flaggedAt!: Date;

  @Field(() => RetentionDecision, { nullable: true })
  @Column({ type: 'enum', enum: RetentionDecision, enumName: 'retention_decision', nullable: true })
  decision!: RetentionDecision | null;
  @Field(() => String, { nullable: true, description: 'Nouvelle date de conservation (décision KEEP).' })
  @Column({ type: 'date', nullable: true })
  keepUntilExtended!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) decisionNote!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) decidedByUserId!: string | null;
  @VersionField() version!: number;
}
