import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ReportKind, ReportStatus } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, Relation } from 'typeorm';
import { Structure } from '../../core/tenancy/structures/structure.entity';
import { Lot } from '../markets/lots/lot.entity';
import type { ReportSnapshot } from './figures/report-table.dto';
import './report.enums';
import { CreatedAtField, IdField, UpdatedAtField, VersionField } from '../../core/database/columns';

/**
 * A report ("bilan") of a structure for a period: figures computed by the system, sections written by people.
 * An operator's own report (to its funders): one per structure, kind and period, written and reviewed in the structure.
 * A lot's report: one per lot, kind and period, written by the provider the lot is awarded to (`structureId`) and
 * reviewed by the operator that owns the lot (`reviewerStructureId`). The scheduled jobs rely on both keys to be idempotent.
 */
@ObjectType({
  description: 'Un bilan : tableau mensuel, bilan intermédiaire ou final, avec ses chiffres et ses parties rédigées.',
})
@Entity('reports')
@Index('UQ_reports_structure_kind_period', ['structureId', 'kind', 'periodStart', 'periodEnd'], {
  unique: true,
  where: '"lotId" IS NULL',
})
@Index('UQ_reports_lot_kind_period', ['lotId', 'kind', 'periodStart', 'periodEnd'], {
  unique: true,
  where: '"lotId" IS NOT NULL',
})
@Index('IDX_reports_structure_period', ['structureId', 'periodEnd'])
@Index('IDX_reports_reviewer_period', ['reviewerStructureId', 'periodEnd'])
@Index('IDX_reports_status_due', ['status', 'dueOn'])
export class Report {
  @IdField() id!: string;

  @Field(() => ID) @Column('uuid') structureId!: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' }) structure?: Relation<Structure>;

  @Field(() => ID, {
    nullable: true,
    description: 'Le lot dont c’est le bilan (rédigé par son prestataire) ; null pour un bilan de la structure.',
  })
  @Column('uuid', { nullable: true })
  lotId!: string | null;
  @ManyToOne(() => Lot, { onDelete: 'CASCADE' }) lot?: Relation<Lot>;
  @Field(() => ID, {
    nullable: true,
    description: 'Pour le bilan d’un lot : la structure porteuse qui le valide ou le renvoie.',
  })
  @Column('uuid', { nullable: true })
  reviewerStructureId!: string | null;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' }) reviewerStructure?: Relation<Structure>;

  @Field(() => ReportKind) @Column({ type: 'enum', enum: ReportKind, enumName: 'report_kind' }) kind!: ReportKind;
  @Field({ description: 'Intitulé, par exemple « Bilan intermédiaire au 31 mai 2025 ».' }) @Column() title!: string;
  @Field({ description: 'Premier jour compté (AAAA-MM-JJ).' }) @Column({ type: 'date' }) periodStart!: string;
  @Field({ description: 'Jour auquel les chiffres sont arrêtés (AAAA-MM-JJ).' })
  @Column({ type: 'date' })
  periodEnd!: string;
  @Field({ description: 'Date limite de transmission.' }) @Column({ type: 'date' }) dueOn!: string;

  @Field(() => ReportStatus)
  @Column({ type: 'enum', enum: ReportStatus, enumName: 'report_status', default: ReportStatus.DRAFT })
  status!: ReportStatus;

  /** The qualitative sections, by key (see REPORT_NARRATIVE_SECTIONS). */
  @Column({ type: 'jsonb', default: () => `'{}'` }) narratives!: Record<string, string>;
  /** The figures frozen at submission; null while the report is editable (its figures are then computed live). */
  @Column({ type: 'jsonb', nullable: true }) snapshot!: ReportSnapshot | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) submittedByUserId!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) reviewedByUserId!: string | null;
  @Field(() => String, { nullable: true, description: 'Remarques de la validation ou du renvoi.' })
  @Column({ type: 'text', nullable: true })
  reviewComment!: string | null;

  @Field(() => ID, { nullable: true, description: 'Qui l’a préparé ; null pour une préparation planifiée.' })
  @Column('uuid', { nullable: true })
  createdByUserId!: string | null;
  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
  @UpdatedAtField() updatedAt!: Date;
}
