import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReportKind, ReportStatus } from '@passerelle/domain';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Relation, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Structure } from '../../core/tenancy/structures/structure.entity';
import type { ReportSnapshot } from './figures/report-table';
import './report.enums';

/**
 * A report ("bilan") of a structure for a period: figures computed by the system, sections written by people.
 * One report per structure, kind and period (the scheduled jobs rely on it to be idempotent).
 * Later: a report of a provider for a lot (issue 4) adds a lot to this key.
 */
@ObjectType({ description: 'Un bilan : tableau mensuel, bilan intermédiaire ou final, avec ses chiffres et ses parties rédigées.' })
@Entity('reports')
@Unique('UQ_reports_structure_kind_period', ['structureId', 'kind', 'periodStart', 'periodEnd'])
@Index('IDX_reports_structure_period', ['structureId', 'periodEnd'])
@Index('IDX_reports_status_due', ['status', 'dueOn'])
export class Report {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;

  @Field(() => ID) @Column('uuid') structureId!: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' }) structure?: Relation<Structure>;

  @Field(() => ReportKind) @Column({ type: 'enum', enum: ReportKind, enumName: 'report_kind' }) kind!: ReportKind;
  @Field({ description: 'Intitulé, par exemple « Bilan intermédiaire au 31 mai 2025 ».' }) @Column() title!: string;
  @Field({ description: 'Premier jour compté (AAAA-MM-JJ).' }) @Column({ type: 'date' }) periodStart!: string;
  @Field({ description: 'Jour auquel les chiffres sont arrêtés (AAAA-MM-JJ).' }) @Column({ type: 'date' }) periodEnd!: string;
  @Field({ description: 'Date limite de transmission.' }) @Column({ type: 'date' }) dueOn!: string;

  @Field(() => ReportStatus) @Column({ type: 'enum', enum: ReportStatus, enumName: 'report_status', default: ReportStatus.DRAFT }) status!: ReportStatus;

  /** The qualitative sections, by key (see REPORT_NARRATIVE_SECTIONS). */
  @Column({ type: 'jsonb', default: () => `'{}'` }) narratives!: Record<string, string>;
  /** The figures frozen at submission; null while the report is editable (its figures are then computed live). */
  @Column({ type: 'jsonb', nullable: true }) snapshot!: ReportSnapshot | null;

  @Field(() => GraphQLISODateTime, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) submittedByUserId!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) reviewedByUserId!: string | null;
  @Field(() => String, { nullable: true, description: 'Remarques de la validation ou du renvoi.' }) @Column({ type: 'text', nullable: true }) reviewComment!: string | null;

  @Field(() => ID, { nullable: true, description: 'Qui l’a préparé ; null pour une préparation planifiée.' }) @Column('uuid', { nullable: true }) createdByUserId!: string | null;
  @Field(() => Int) @VersionColumn() version!: number;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Field(() => GraphQLISODateTime) @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
