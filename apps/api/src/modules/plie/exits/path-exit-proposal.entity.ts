import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ExitProposalStatus, ExitReason } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, Relation } from 'typeorm';
import '../../markets/markets.enums';
import { PliePath } from '../paths/plie-path.entity';
import '../plie.enums';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

/**
 * An exit the référent proposes (the provider's référent, usually): the operator validates it — the path then exits
 * with the proposed day and reason — or dismisses it. Never an exit without the operator.
 */
@ObjectType({ description: 'Une proposition de sortie du parcours PLIE, à valider par la structure porteuse.' })
@Entity('plie_exit_proposals')
@Index('UQ_plie_exit_proposals_pending', ['pathId'], { unique: true, where: `"status" = 'PENDING'` })
@Index('IDX_plie_exit_proposals_path', ['pathId', 'createdAt'])
@Index('IDX_plie_exit_proposals_structure_status', ['structureId', 'status'])
export class PathExitProposal {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') pathId!: string;
  @ManyToOne(() => PliePath, { onDelete: 'CASCADE' }) path?: Relation<PliePath>;
  /** The operator (the path's structure). */
  @Column('uuid') structureId!: string;
  /** The provider whose référent proposed it; null when the operator's référent did. */
  @Column('uuid', { nullable: true }) proposedByStructureId!: string | null;
  @Field({ description: 'Jour de sortie proposé.' }) @Column({ type: 'date' }) date!: string;
  /** Exposed by the resolver: masked for a health exit without `participants:sensitive`. */
  @Column({ type: 'enum', enum: ExitReason, enumName: 'plie_exit_proposal_reason' })
  reason!: ExitReason;
  @Column({ type: 'text', nullable: true }) comment!: string | null;
  @Field(() => ExitProposalStatus)
  @Column({
    type: 'enum',
    enum: ExitProposalStatus,
    enumName: 'plie_exit_proposal_status',
    default: ExitProposalStatus.PENDING,
  })
  status!: ExitProposalStatus;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) proposedByUserId!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'date', nullable: true }) decidedOn!: string | null;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) decidedByUserId!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) decisionNote!: string | null;
  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
}
