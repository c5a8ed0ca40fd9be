import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PositioningField, PositioningMilestone } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, OneToMany, PrimaryColumn, Relation } from 'typeorm';
import { CejContract, CejRenewal } from '../contracts/cej-contract.entity';
import '../cej.enums';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

/** A positioning sheet: the skills grid scored jointly by the counsellor and the young person at a milestone. */
@ObjectType({
  description: 'Une fiche de positionnement : la grille de compétences notée avec le ou la jeune à une échéance.',
})
@Entity('cej_positionings')
@Index('IDX_cej_positionings_contract_milestone', ['contractId', 'milestone'])
export class CejPositioning {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') contractId!: string;
  @ManyToOne(() => CejContract, { onDelete: 'CASCADE' }) contract?: Relation<CejContract>;

  @Field(() => PositioningMilestone)
  @Column({ type: 'enum', enum: PositioningMilestone, enumName: 'cej_positioning_milestone' })
  milestone!: PositioningMilestone;
  @Field(() => ID, { nullable: true, description: 'Le renouvellement, pour une fiche de renouvellement.' })
  @Index()
  @Column('uuid', { nullable: true })
  renewalId!: string | null;
  @ManyToOne(() => CejRenewal, { onDelete: 'CASCADE' }) renewal?: Relation<CejRenewal>;

  @Field({ description: 'Jour de l’entretien de positionnement.' }) @Column({ type: 'date' }) date!: string;
  @Field(() => String, { nullable: true, description: 'Ce que le ou la jeune en dit.' })
  @Column({ type: 'text', nullable: true })
  youngPersonComment!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) counsellorComment!: string | null;
  @Field(() => [CejPositioningScore])
  @OneToMany(() => CejPositioningScore, (score) => score.positioning, { cascade: true })
  scores!: Relation<CejPositioningScore>[];

  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
  @Column('uuid', { nullable: true }) recordedByUserId!: string | null;
}

@ObjectType({ description: 'La note d’une compétence (1 non acquis, 2 en cours, 3 acquis, 4 maîtrisé).' })
@Entity('cej_positioning_scores')
export class CejPositioningScore {
  @PrimaryColumn('uuid') positioningId!: string;
  @ManyToOne(() => CejPositioning, (positioning) => positioning.scores, { onDelete: 'CASCADE' })
  positioning?: Relation<CejPositioning>;
  @Field({ description: 'Code de la compétence dans la grille.' }) @PrimaryColumn() skill!: string;
  @Field(() => PositioningField)
  @Column({ type: 'enum', enum: PositioningField, enumName: 'cej_positioning_field' })
  field!: PositioningField;
  @Field(() => Int) @Column({ type: 'int' }) score!: number;
}
