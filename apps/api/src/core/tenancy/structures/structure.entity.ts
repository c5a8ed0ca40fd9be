import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OperatorType, StructureKind } from '@passerelle/domain';
import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { CreatedAtField, IdField, VersionField } from '../../database/columns';

registerEnumType(StructureKind, {
  name: 'StructureKind',
  description: 'Structure porteuse (OPERATOR) ou prestataire (PROVIDER).',
});
registerEnumType(OperatorType, { name: 'OperatorType', description: 'Type de structure porteuse.' });

/** A tenant: an operator (Mission Locale, PLIE) or a provider. */
@ObjectType()
@Entity('structures')
export class Structure {
  @IdField() id!: string;

  @Field(() => StructureKind)
  @Column({ type: 'enum', enum: StructureKind, enumName: 'structure_kind' })
  kind!: StructureKind;

  @Field(() => OperatorType, { nullable: true })
  @Column({ type: 'enum', enum: OperatorType, enumName: 'operator_type', nullable: true })
  operatorType!: OperatorType | null;

  @Field() @Index() @Column() name!: string;

  @Field() @Index({ unique: true }) @Column({ length: 14 }) siret!: string;

  @Field() @Column() addressLine!: string;
  @Field() @Column({ length: 5 }) postalCode!: string;
  @Field() @Column() city!: string;

  @Field({ description: 'Territoire couvert (EPCI, département…), tel que le désigne le cahier des charges.' })
  @Column()
  territory!: string;

  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

@ObjectType({ description: 'Résumé d’une structure, tel qu’il apparaît dans les rattachements.' })
export class StructureSummary {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => StructureKind) kind!: StructureKind;
  @Field(() => OperatorType, { nullable: true }) operatorType!: OperatorType | null;
}
