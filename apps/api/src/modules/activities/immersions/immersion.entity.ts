import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ImmersionRating } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, Relation } from 'typeorm';
import '../../markets/markets.enums';
import { Orientation } from '../../orientations/orientations/orientation.entity';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

const rating = { type: 'enum', enum: ImmersionRating, enumName: 'immersion_rating', nullable: true } as const;

/**
 * A work immersion (seed 002, lot 3; PMSMP in the CEJ): host and tutor, dates and hours (30 h over two weeks at most,
 * unless justified), the tripartite start meeting, and the exit sheet co-signed by the tutor and the participant.
 */
@ObjectType({
  description:
    'Une immersion (PMSMP) : structure d’accueil et tuteur, dates et heures, entretien tripartite de démarrage, fiche de fin cosignée.',
})
@Entity('immersions')
@Index('IDX_immersions_orientation', ['orientationId'])
@Index('IDX_immersions_participant_period', ['participantId', 'startsOn', 'endsOn'])
@Index('IDX_immersions_lot_starts', ['lotId', 'startsOn'])
export class Immersion {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') orientationId!: string;
  @ManyToOne(() => Orientation, { onDelete: 'CASCADE' }) orientation?: Relation<Orientation>;
  @Column('uuid') participantId!: string;
  @Field(() => ID) @Column('uuid') lotId!: string;
  @Column('uuid') structureId!: string;
  @Column('uuid') providerStructureId!: string;

  @Field({ description: 'Structure d’accueil.' }) @Column() hostName!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', nullable: true }) hostAddress!: string | null;
  @Field({ description: 'Tuteur ou tutrice dans la structure d’accueil.' }) @Column() tutorName!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', nullable: true }) tutorContact!: string | null;
  @Field() @Column({ type: 'text' }) objective!: string;
  @Field() @Column({ type: 'date' }) startsOn!: string;
  @Field() @Column({ type: 'date' }) endsOn!: string;
  @Field({ description: 'Heures prévues (décimal exact, ex. "30.00").' })
  @Column({ type: 'numeric', precision: 5, scale: 2 })
  hours!: string;
  @Field(() => String, { nullable: true, description: 'Justification d’un dépassement de 30 h ou de deux semaines.' })
  @Column({ type: 'text', nullable: true })
  justification!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Entretien tripartite de démarrage (tuteur, prestataire, participant).',
  })
  @Column({ type: 'date', nullable: true })
  startMeetingOn!: string | null;

  @Field(() => ImmersionRating, { nullable: true, description: 'Ponctualité.' })
  @Column(rating)
  punctuality!: ImmersionRating | null;
  @Field(() => ImmersionRating, { nullable: true, description: 'Assiduité.' })
  @Column(rating)
  attendance!: ImmersionRating | null;
  @Field(() => ImmersionRating, { nullable: true, description: 'Compréhension des consignes et des tâches.' })
  @Column(rating)
  understanding!: ImmersionRating | null;
  @Field(() => ImmersionRating, { nullable: true, description: 'Rapport avec les autres salariés ou bénévoles.' })
  @Column(rating)
  relations!: ImmersionRating | null;
  @Field(() => String, { nullable: true, description: 'Compétences mises en œuvre.' })
  @Column({ type: 'text', nullable: true })
  skills!: string | null;
  @Field(() => String, { nullable: true, description: 'Suites à donner (préconisations).' })
  @Column({ type: 'text', nullable: true })
  recommendations!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'date', nullable: true }) tutorSignedOn!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'date', nullable: true }) participantSignedOn!:
    string | null;
  @Field(() => ID, { nullable: true, description: 'La fiche cosignée numérisée.' })
  @Column('uuid', { nullable: true })
  evaluationProofId!: string | null;

  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
}
