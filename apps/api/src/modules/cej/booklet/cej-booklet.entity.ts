import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  BookletEntryKind,
  FinalEvaluationTheme,
  MarketKnowledgeKind,
  TransversalSkillStatus,
} from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, Relation, Unique } from 'typeorm';
import { CejContract } from '../contracts/cej-contract.entity';
import { CejAction } from '../planning/cej-action.entity';
import '../cej.enums';
import { CreatedAtField, IdField, UpdatedAtField, VersionField } from '../../../core/database/columns';

/** An entry of the action booklet: a company tutor's review, a counsellor's interview report, the young person's work, a social resource. */
@ObjectType({
  description:
    'Une entrée du livret d’actions : bilan de tuteur, compte rendu d’entretien, travail du ou de la jeune, ressource de l’environnement social.',
})
@Entity('cej_booklet_entries')
@Index('IDX_cej_booklet_entries_contract_date', ['contractId', 'date'])
export class CejBookletEntry {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') contractId!: string;
  @ManyToOne(() => CejContract, { onDelete: 'CASCADE' }) contract?: Relation<CejContract>;

  @Field(() => BookletEntryKind)
  @Column({ type: 'enum', enum: BookletEntryKind, enumName: 'cej_booklet_entry_kind' })
  kind!: BookletEntryKind;
  @Field() @Column({ type: 'date' }) date!: string;
  @Field() @Column() title!: string;
  @Field() @Column({ type: 'text' }) content!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Qui l’a écrit : tuteur ou tutrice, conseiller·ère, le ou la jeune.',
  })
  @Column({ type: 'varchar', nullable: true })
  author!: string | null;
  @Field(() => String, { nullable: true, description: 'Entreprise, structure, adresse.' })
  @Column({ type: 'varchar', nullable: true })
  organisation!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'L’action du planning concernée (l’immersion d’un bilan de tuteur).',
  })
  @Index()
  @Column('uuid', { nullable: true })
  actionId!: string | null;
  @ManyToOne(() => CejAction, { onDelete: 'SET NULL' }) action?: Relation<CejAction>;
  /** For a tutor's review: each criterion scored 1 to 4. */
  @Column({ type: 'jsonb', nullable: true }) ratings!: Record<string, number> | null;

  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
  @Column('uuid', { nullable: true }) createdByUserId!: string | null;
}

/** A transversal skill: acquired or to work on, and how it transfers to work. */
@ObjectType({
  description:
    'Une compétence transversale : acquise ou à travailler, et sa transposition dans le monde professionnel.',
})
@Entity('cej_transversal_skills')
export class CejTransversalSkill {
  @IdField() id!: string;
  @Field(() => ID) @Index() @Column('uuid') contractId!: string;
  @ManyToOne(() => CejContract, { onDelete: 'CASCADE' }) contract?: Relation<CejContract>;
  @Field() @Column() label!: string;
  @Field(() => TransversalSkillStatus)
  @Column({ type: 'enum', enum: TransversalSkillStatus, enumName: 'cej_transversal_skill_status' })
  status!: TransversalSkillStatus;
  @Field(() => String, {
    nullable: true,
    description: 'Sa transposition dans le monde professionnel, où elle a été mise en œuvre.',
  })
  @Column({ type: 'text', nullable: true })
  transposition!: string | null;
  @VersionField() version!: number;
  @UpdatedAtField() updatedAt!: Date;
}

/** Knowledge of the local job market: a sector, a hiring company, an accessible job, within 30 km. */
@ObjectType({
  description:
    'Connaissance du bassin d’emploi : secteur, entreprise qui recrute, métier accessible (dans un rayon de 30 km).',
})
@Entity('cej_market_knowledge')
export class CejMarketKnowledge {
  @IdField() id!: string;
  @Field(() => ID) @Index() @Column('uuid') contractId!: string;
  @ManyToOne(() => CejContract, { onDelete: 'CASCADE' }) contract?: Relation<CejContract>;
  @Field(() => MarketKnowledgeKind)
  @Column({ type: 'enum', enum: MarketKnowledgeKind, enumName: 'cej_market_knowledge_kind' })
  kind!: MarketKnowledgeKind;
  @Field() @Column() name!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', nullable: true }) commune!: string | null;
  @Field(() => Int, { nullable: true, description: 'Distance du domicile en kilomètres.' })
  @Column({ type: 'int', nullable: true })
  distanceKm!: number | null;
  @Field(() => String, { nullable: true, description: 'Saisonnalité des embauches.' })
  @Column({ type: 'varchar', nullable: true })
  seasonality!: string | null;
  @Field(() => String, { nullable: true, description: 'Enquête métier, démarches d’accès, compétences transférables.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;
  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
}

/** One row of the final evaluation table: per theme, skills acquired, progress, areas to improve. */
@ObjectType({
  description:
    'Une ligne du tableau d’évaluation finale : par thème, compétences acquises, progrès, axes d’amélioration.',
})
@Entity('cej_final_evaluations')
@Unique('UQ_cej_final_evaluations_contract_theme', ['contractId', 'theme'])
export class CejFinalEvaluation {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') contractId!: string;
  @ManyToOne(() => CejContract, { onDelete: 'CASCADE' }) contract?: Relation<CejContract>;
  @Field(() => FinalEvaluationTheme)
  @Column({ type: 'enum', enum: FinalEvaluationTheme, enumName: 'cej_final_evaluation_theme' })
  theme!: FinalEvaluationTheme;
  @Field() @Column({ type: 'text', default: '' }) skillsAcquired!: string;
  @Field() @Column({ type: 'text', default: '' }) progress!: string;
  @Field() @Column({ type: 'text', default: '' }) areasToImprove!: string;
  @VersionField() version!: number;
  @UpdatedAtField() updatedAt!: Date;
  @Column('uuid', { nullable: true }) updatedByUserId!: string | null;
}
