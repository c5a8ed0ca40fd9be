import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { CommitteeProposalStatus } from '@passerelle/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  VersionColumn,
} from 'typeorm';
import { ApprovalCommittee } from '../committees/committee.entity';
import { PliePath } from '../paths/plie-path.entity';
import '../plie.enums';

/**
 * A référent (the provider's, usually) proposes to put an admitted path before the committee (a review, a change of
 * direction…); the operator's coordination schedules it on one of its sessions, or dismisses it. Never a committee
 * without the operator.
 */
@ObjectType({
  description:
    'Une proposition de passage du parcours en comité, examinée par la coordination de la structure porteuse.',
})
@Entity('plie_committee_proposals')
@Index('UQ_plie_committee_proposals_pending', ['pathId'], { unique: true, where: `"status" = 'PENDING'` })
@Index('IDX_plie_committee_proposals_path', ['pathId', 'createdAt'])
@Index('IDX_plie_committee_proposals_structure_status', ['structureId', 'status'])
export class PathCommitteeProposal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_plie_committee_proposals' })
  id!: string;
  @Field(() => ID) @Column('uuid') pathId!: string;
  @ManyToOne(() => PliePath, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pathId', foreignKeyConstraintName: 'FK_plie_committee_proposals_path' })
  path?: Relation<PliePath>;
  /** The operator (the path's structure). */
  @Column('uuid') structureId!: string;
  /** The provider whose référent proposed it; null when the operator's référent did. */
  @Column('uuid', { nullable: true }) proposedByStructureId!: string | null;
  @Field({ description: 'Ce que le comité doit examiner.' }) @Column() subject!: string;
  @Field(() => String, { nullable: true, description: 'Éléments pour le comité (sans donnée de santé).' })
  @Column({ type: 'text', nullable: true })
  comment!: string | null;
  @Field(() => CommitteeProposalStatus)
  @Column({
    type: 'enum',
    enum: CommitteeProposalStatus,
    enumName: 'plie_committee_proposal_status',
    default: CommitteeProposalStatus.PENDING,
  })
  status!: CommitteeProposalStatus;
  @Field(() => ID, { nullable: true, description: 'La séance où la coordination l’a inscrite.' })
  @Column('uuid', { nullable: true })
  committeeId!: string | null;
  @ManyToOne(() => ApprovalCommittee, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'committeeId', foreignKeyConstraintName: 'FK_plie_committee_proposals_committee' })
  committee?: Relation<ApprovalCommittee>;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) proposedByUserId!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'date', nullable: true }) decidedOn!: string | null;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) decidedByUserId!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) decisionNote!: string | null;
  @Field(() => Int) @VersionColumn() version!: number;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
