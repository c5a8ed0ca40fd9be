import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DigitalCertificationKind, DigitalPlanItemStatus, WorkshopAttendance } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, OneToMany, PrimaryColumn, Relation, Unique } from 'typeorm';
import { Branch } from '../../../core/tenancy/branches/branch.entity';
import { Lot } from '../../markets/lots/lot.entity';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { decimalHours } from '../cej-columns';
import { CejContract } from '../contracts/cej-contract.entity';
import '../cej.enums';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

/** A Pix diagnostic: pix per competence (16 competences in 5 domains). */
@ObjectType({ description: 'Un diagnostic Pix : les pix obtenus dans chacune des 16 compétences.' })
@Entity('cej_pix_diagnostics')
@Index('IDX_cej_pix_diagnostics_contract_date', ['contractId', 'date'])
export class CejPixDiagnostic {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') contractId!: string;
  @ManyToOne(() => CejContract, { onDelete: 'CASCADE' }) contract?: Relation<CejContract>;
  @Field() @Column({ type: 'date' }) date!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) note!: string | null;
  @OneToMany(() => CejPixScore, (score) => score.diagnostic, { cascade: true }) scores!: Relation<CejPixScore>[];
  @CreatedAtField() createdAt!: Date;
  @Column('uuid', { nullable: true }) recordedByUserId!: string | null;
}

@Entity('cej_pix_scores')
export class CejPixScore {
  @PrimaryColumn('uuid') diagnosticId!: string;
  @ManyToOne(() => CejPixDiagnostic, (d) => d.scores, { onDelete: 'CASCADE' }) diagnostic?: Relation<CejPixDiagnostic>;
  @PrimaryColumn() competence!: string;
  @Column({ type: 'int' }) pix!: number;
}

/** An item of the individual digital action plan. */
@ObjectType({ description: 'Un objectif du plan d’action numérique individualisé.' })
@Entity('cej_digital_plan_items')
export class CejDigitalPlanItem {
  @IdField() id!: string;
  @Field(() => ID) @Index() @Column('uuid') contractId!: string;
  @ManyToOne(() => CejContract, { onDelete: 'CASCADE' }) contract?: Relation<CejContract>;
  @Field(() => String, { nullable: true, description: 'La compétence Pix visée (1.1 à 5.2).' })
  @Column({ type: 'varchar', nullable: true })
  competence!: string | null;
  @Field() @Column({ type: 'text' }) objective!: string;
  @Field(() => DigitalPlanItemStatus)
  @Column({
    type: 'enum',
    enum: DigitalPlanItemStatus,
    enumName: 'cej_digital_plan_item_status',
    default: DigitalPlanItemStatus.PLANNED,
  })
  status!: DigitalPlanItemStatus;
  @Field(() => String, { nullable: true }) @Column({ type: 'date', nullable: true }) dueOn!: string | null;
  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
}

/** A collective digital workshop, in a branch's digital space. */
@ObjectType({ description: 'Un atelier numérique collectif, dans l’espace numérique d’une antenne.' })
@Entity('cej_digital_workshops')
@Index('IDX_cej_digital_workshops_structure_date', ['structureId', 'date'])
@Index('IDX_cej_digital_workshops_structure_branch', ['structureId', 'branchId'])
export class CejDigitalWorkshop {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') structureId!: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' }) structure?: Relation<Structure>;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) branchId!: string | null;
  @ManyToOne(() => Branch, { onDelete: 'SET NULL' }) branch?: Relation<Branch>;
  @Field() @Column() title!: string;
  @Field() @Column({ type: 'date' }) date!: string;
  @Field(() => Float) @Column(decimalHours) hours!: number;
  /** The lot that pays the workshop: its contracted provider runs it and records attendance. */
  @Field(() => ID, { nullable: true, description: 'Le lot qui paie l’atelier : son prestataire l’anime.' })
  @Index('IDX_cej_digital_workshops_lot')
  @Column('uuid', { nullable: true })
  lotId!: string | null;
  @ManyToOne(() => Lot, { onDelete: 'SET NULL' }) lot?: Relation<Lot>;
  /** An animator named in free text, kept only when it matches no contracted structure (see `provider`). */
  @Column({ type: 'varchar', nullable: true })
  provider!: string | null;
  @Field(() => Int, { nullable: true }) @Column({ type: 'int', nullable: true }) capacity!: number | null;
  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
}

@ObjectType({ description: 'L’inscription d’un contrat à un atelier numérique, et la présence.' })
@Entity('cej_digital_enrolments')
@Unique('UQ_cej_digital_enrolments_workshop_contract', ['workshopId', 'contractId'])
export class CejDigitalEnrolment {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') workshopId!: string;
  @ManyToOne(() => CejDigitalWorkshop, { onDelete: 'CASCADE' }) workshop?: Relation<CejDigitalWorkshop>;
  @Field(() => ID) @Index() @Column('uuid') contractId!: string;
  @ManyToOne(() => CejContract, { onDelete: 'CASCADE' }) contract?: Relation<CejContract>;
  @Field(() => WorkshopAttendance)
  @Column({
    type: 'enum',
    enum: WorkshopAttendance,
    enumName: 'cej_workshop_attendance',
    default: WorkshopAttendance.ENROLLED,
  })
  attendance!: WorkshopAttendance;
  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
}

@ObjectType({ description: 'Une certification numérique obtenue (Pix, CléA numérique, PCIE).' })
@Entity('cej_digital_certifications')
@Index('IDX_cej_digital_certifications_contract_date', ['contractId', 'obtainedOn'])
export class CejDigitalCertification {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') contractId!: string;
  @ManyToOne(() => CejContract, { onDelete: 'CASCADE' }) contract?: Relation<CejContract>;
  @Field(() => DigitalCertificationKind)
  @Column({ type: 'enum', enum: DigitalCertificationKind, enumName: 'cej_digital_certification_kind' })
  kind!: DigitalCertificationKind;
  @Field() @Column({ type: 'date' }) obtainedOn!: string;
  @Field(() => String, { nullable: true, description: 'Score ou niveau (ex. « 312 pix », « 5 modules »).' })
  @Column({ type: 'varchar', nullable: true })
  result!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', nullable: true }) reference!: string | null;
  @CreatedAtField() createdAt!: Date;
}
