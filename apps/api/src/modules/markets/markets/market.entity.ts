import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MarketKind } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, Relation } from 'typeorm';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import '../markets.enums';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

/** A market (or call for applications) of an operator, split into lots. */
@ObjectType({ description: 'Un marché ou un appel à candidatures de la structure porteuse, découpé en lots.' })
@Entity('markets')
@Index('UQ_markets_structure_reference', ['structureId', 'reference'], { unique: true })
@Index('IDX_markets_structure_starts', ['structureId', 'startsOn'])
export class Market {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') structureId!: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' }) structure?: Relation<Structure>;

  @Field(() => MarketKind) @Column({ type: 'enum', enum: MarketKind, enumName: 'market_kind' }) kind!: MarketKind;
  @Field({ description: 'Référence de la consultation (ex. MAPA-PLIE-2023).' }) @Column() reference!: string;
  @Field() @Column() title!: string;
  @Field({ description: 'Début de la période d’exécution (AAAA-MM-JJ).' }) @Column({ type: 'date' }) startsOn!: string;
  @Field({ description: 'Fin de la période d’exécution (AAAA-MM-JJ).' }) @Column({ type: 'date' }) endsOn!: string;
  @Field({
    description:
      'Date de clôture du programme : les justificatifs sont conservés jusqu’à cette date (31/12/2033 pour le FSE+ 2021-2027).',
  })
  @Column({ type: 'date' })
  proofsKeptUntil!: string;

  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
}

/** One line of the weighted grid a market scores its bids on (seed 004). */
@ObjectType({
  description:
    'Un critère de la grille de notation du marché, pondéré en pourcentage ; chaque critère est noté sur 20.',
})
@Entity('market_scoring_criteria')
@Index('UQ_market_scoring_criteria_position', ['marketId', 'position'], { unique: true })
export class ScoringCriterion {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') marketId!: string;
  @ManyToOne(() => Market, { onDelete: 'CASCADE' }) market?: Relation<Market>;
  @Field() @Column() label!: string;
  @Field(() => Int, { description: 'Pondération en % (la grille totalise 100).' }) @Column('int') weight!: number;
  @Field(() => Int) @Column('int') position!: number;
}
