import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { CejParameterKey } from '@passerelle/domain';
import { Column, CreateDateColumn, Entity, Unique } from 'typeorm';
import '../cej.enums';
import { IdField } from '../../../core/database/columns';

/**
 * A dated value of a CEJ rule parameter (allowance amounts, SMIC, thresholds). Rows are never changed: a new value is
 * a new row with its `validFrom`, so every past month can be computed again exactly as it was.
 */
@ObjectType({
  description:
    'Valeur datée d’un paramètre des règles du CEJ : en vigueur à partir de `validFrom`, jusqu’à la valeur suivante.',
})
@Entity('cej_parameters')
@Unique('UQ_cej_parameters_key_valid_from', ['key', 'validFrom'])
export class CejParameter {
  @IdField() id!: string;
  @Field(() => CejParameterKey)
  @Column({ type: 'enum', enum: CejParameterKey, enumName: 'cej_parameter_key' })
  key!: CejParameterKey;
  @Field({ description: 'Premier jour où la valeur s’applique.' }) @Column({ type: 'date' }) validFrom!: string;
  @Field({ description: 'Valeur décimale exacte, en texte (ex. « 552.29 »).' })
  @Column({ type: 'numeric', precision: 12, scale: 4 })
  value!: string;
  @Field(() => String, { nullable: true, description: 'Texte de référence (décret, arrêté, décision).' })
  @Column({ type: 'text', nullable: true })
  source!: string | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) recordedAt!: Date;
  @Column('uuid', { nullable: true }) recordedByUserId!: string | null;
}
