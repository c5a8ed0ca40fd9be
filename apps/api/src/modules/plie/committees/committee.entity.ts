import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { CommitteeDecision } from '@passerelle/domain';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, Relation, Unique } from 'typeorm';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { PliePath } from '../paths/plie-path.entity';
import '../plie.enums';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

/** A session of the approval committee ("comité d'agrément et de suivi des parcours"). */
@ObjectType({ description: 'Une séance du comité d’agrément et de suivi des parcours.' })
@Entity('plie_committees')
@Index('IDX_plie_committees_structure_date', ['structureId', 'date'])
export class ApprovalCommittee {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') structureId!: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' }) structure?: Relation<Structure>;

  @Field({ description: 'Jour de la séance (AAAA-MM-JJ).' }) @Column({ type: 'date' }) date!: string;
  @Field() @Column() title!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', nullable: true }) location!: string | null;

  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
}

/** A file presented to a committee session, and the decision on it. */
@ObjectType({ description: 'Un dossier présenté en comité, et la décision prise.' })
@Entity('plie_committee_files')
@Unique('UQ_plie_committee_files_committee_path', ['committeeId', 'pathId'])
export class CommitteeFile {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') committeeId!: string;
  @ManyToOne(() => ApprovalCommittee, { onDelete: 'CASCADE' }) committee?: Relation<ApprovalCommittee>;
  @Field(() => ID) @Index() @Column('uuid') pathId!: string;
  @ManyToOne(() => PliePath, { onDelete: 'CASCADE' }) path?: Relation<PliePath>;

  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) presentedByUserId!: string | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) presentedAt!: Date;

  @Field(() => CommitteeDecision, { nullable: true, description: 'Null tant que le comité n’a pas statué.' })
  @Column({ type: 'enum', enum: CommitteeDecision, enumName: 'committee_decision', nullable: true })
  decision!: CommitteeDecision | null;
  @Field(() => String, { nullable: true, description: 'Motif (obligatoire pour un ajournement ou un refus).' })
  @Column({ type: 'text', nullable: true })
  reason!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) decidedByUserId!: string | null;
}
