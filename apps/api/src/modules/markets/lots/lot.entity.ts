import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PremisesProvider } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, Relation } from 'typeorm';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { Market } from '../markets/market.entity';
import '../markets.enums';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

const int = { type: 'int', nullable: true } as const;
const hours = { type: 'numeric', precision: 7, scale: 2, nullable: true } as const;

/**
 * A lot of a market: what the provider delivers, where, for how many, for how much. Money is `numeric` (a string in
 * JavaScript and GraphQL), never a float. Quantities come from the call for tenders and feed the payment indicators.
 */
@ObjectType({
  description: 'Un lot d’un marché : territoire, lieu, période, effectifs, prix plafond et quantités attendues.',
})
@Entity('lots')
@Index('UQ_lots_market_number', ['marketId', 'number'], { unique: true })
@Index('IDX_lots_structure', ['structureId'])
@Index('IDX_lots_awarded_structure', ['awardedStructureId'])
export class Lot {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') marketId!: string;
  @ManyToOne(() => Market, { onDelete: 'CASCADE' }) market?: Relation<Market>;
  /** The operator that owns the market (copied from it, so that scoping needs no join). */
  @Field(() => ID) @Column('uuid') structureId!: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' }) structure?: Relation<Structure>;

  @Field(() => Int) @Column('int') number!: number;
  @Field() @Column() title!: string;
  @Field({ description: 'Territoire concerné.' }) @Column() territory!: string;
  @Field({ description: 'Lieu identifié.' }) @Column() site!: string;
  @Field(() => PremisesProvider)
  @Column({ type: 'enum', enum: PremisesProvider, enumName: 'premises_provider' })
  premisesProvidedBy!: PremisesProvider;
  @Field() @Column({ type: 'date' }) startsOn!: string;
  @Field() @Column({ type: 'date' }) endsOn!: string;
  @Field(() => Int, { nullable: true, description: 'Nombre minimum de participants suivis.' })
  @Column(int)
  minParticipants!: number | null;
  @Field(() => String, { nullable: true, description: 'Moyens humains attendus, en ETP (ex. "0.70").' })
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  staffingFte!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Prix annuel maximum, en euros TTC (décimal exact, ex. "42000.00").',
  })
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  maxAnnualPriceTtc!: string | null;
  @Field({ description: 'Action cofinancée par le FSE+.' }) @Column({ default: false }) fseCoFunded!: boolean;
  @Field({
    description: 'Entrées et sorties permanentes : une personne peut rejoindre un cycle d’ateliers déjà commencé.',
  })
  @Column({ default: false })
  permanentEntry!: boolean;
  @Field({
    description:
      'Seuls les temps de préparation et de coordination liés aux participants du lot comptent (lot 3 du cahier 001).',
  })
  @Column({ default: false })
  timeTiedToParticipants!: boolean;

  @Column(int) sessionsCount!: number | null;
  @Column(int) workshopsPerSession!: number | null;
  @Column(int) workshopMinutes!: number | null;
  @Column(int) groupMin!: number | null;
  @Column(int) groupMax!: number | null;
  @Column(int) interviewsPerParticipant!: number | null;
  @Column(int) interviewMaxMinutes!: number | null;
  @Column(hours) faceToFaceHours!: string | null;
  @Column(hours) preparationHours!: string | null;
  @Column(hours) coordinationHours!: string | null;
  @Column(int) exchangeSessions!: number | null;
  @Column(int) exchangeSessionMinutes!: number | null;
  @Column(int) eventHalfDays!: number | null;
  @Column(int) assessmentsCount!: number | null;

  /** The provider whose bid was awarded; it works on the lot once the convention is signed. */
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) awardedStructureId!: string | null;
  @ManyToOne(() => Structure, { onDelete: 'RESTRICT' }) awardedStructure?: Relation<Structure>;
  @Field(() => String, { nullable: true, description: 'Jour de signature de la convention (AAAA-MM-JJ).' })
  @Column({ type: 'date', nullable: true })
  conventionSignedOn!: string | null;

  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
}

@ObjectType({ description: 'Les quantités attendues du lot (cahier des charges) ; null quand le cahier ne dit rien.' })
export class LotQuantities {
  @Field(() => Int, { nullable: true, description: 'Nombre de sessions (cycles d’ateliers).' }) sessionsCount!:
    number | null;
  @Field(() => Int, { nullable: true }) workshopsPerSession!: number | null;
  @Field(() => Int, { nullable: true, description: 'Durée d’un atelier, en minutes.' }) workshopMinutes!: number | null;
  @Field(() => Int, { nullable: true, description: 'Participants par groupe, au moins.' }) groupMin!: number | null;
  @Field(() => Int, { nullable: true, description: 'Participants par groupe, au plus.' }) groupMax!: number | null;
  @Field(() => Int, { nullable: true }) interviewsPerParticipant!: number | null;
  @Field(() => Int, { nullable: true, description: 'Durée maximale d’un entretien, en minutes.' })
  interviewMaxMinutes!: number | null;
  @Field(() => String, { nullable: true, description: 'Heures de face à face.' }) faceToFaceHours!: string | null;
  @Field(() => String, { nullable: true, description: 'Heures de préparation.' }) preparationHours!: string | null;
  @Field(() => String, { nullable: true, description: 'Heures de coordination.' }) coordinationHours!: string | null;
  @Field(() => Int, { nullable: true, description: 'Séances d’échange de pratiques.' }) exchangeSessions!:
    number | null;
  @Field(() => Int, { nullable: true }) exchangeSessionMinutes!: number | null;
  @Field(() => Int, { nullable: true, description: 'Demi-journées d’événements auxquels participer.' }) eventHalfDays!:
    number | null;
  @Field(() => Int, { nullable: true, description: 'Bilans à réaliser.' }) assessmentsCount!: number | null;
}

export const QUANTITY_FIELDS = [
  'sessionsCount',
  'workshopsPerSession',
  'workshopMinutes',
  'groupMin',
  'groupMax',
  'interviewsPerParticipant',
  'interviewMaxMinutes',
  'faceToFaceHours',
  'preparationHours',
  'coordinationHours',
  'exchangeSessions',
  'exchangeSessionMinutes',
  'eventHalfDays',
  'assessmentsCount',
] as const satisfies readonly (keyof LotQuantities & keyof Lot)[];
