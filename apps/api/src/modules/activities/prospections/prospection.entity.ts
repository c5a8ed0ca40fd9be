import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ProspectedStructureKind, ProspectionOutcome } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, Relation } from 'typeorm';
import { Lot } from '../../markets/lots/lot.entity';
import '../../markets/markets.enums';
import { CreatedAtField, IdField } from '../../../core/database/columns';

/**
 * An association or public structure a provider prospected for a lot, to host its participants (seed 002, lot 3:
 * « le nombre d'associations ou de structures prospectées » goes into the lot's reports). One row per contact (a new
 * contact is a new row): the same structure prospected twice counts once in the reports, with its latest outcome.
 */
@ObjectType({
  description:
    'Une structure (association, structure d’une collectivité) prospectée par le prestataire pour accueillir les participants d’un lot : date et issue.',
})
@Entity('lot_prospections')
@Index('IDX_lot_prospections_lot_date', ['lotId', 'date'])
@Index('IDX_lot_prospections_provider_date', ['providerStructureId', 'date'])
export class Prospection {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') lotId!: string;
  @ManyToOne(() => Lot, { onDelete: 'RESTRICT' }) lot?: Relation<Lot>;
  /** The operator that owns the lot. */
  @Column('uuid') structureId!: string;
  @Column('uuid') providerStructureId!: string;
  @Field({ description: 'Nom de la structure prospectée.' }) @Column() organisationName!: string;
  @Field(() => ProspectedStructureKind)
  @Column({ type: 'enum', enum: ProspectedStructureKind, enumName: 'prospected_structure_kind' })
  organisationKind!: ProspectedStructureKind;
  @Field(() => String, { nullable: true, description: 'Commune de la structure.' })
  @Column({ type: 'varchar', nullable: true })
  communeName!: string | null;
  @Field({ description: 'Jour du contact.' }) @Column({ type: 'date' }) date!: string;
  @Field(() => ProspectionOutcome)
  @Column({ type: 'enum', enum: ProspectionOutcome, enumName: 'prospection_outcome' })
  outcome!: ProspectionOutcome;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) comment!: string | null;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) byUserId!: string | null;
  @CreatedAtField() createdAt!: Date;
}
