import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActionExitReason, HourKind, IndicatorMeasure, PaymentParams, PaymentRule } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, Relation, VersionColumn } from 'typeorm';
import { Lot } from '../markets/lots/lot.entity';
import { Type } from 'class-transformer';
import { IsArray, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import '../markets/markets.enums';
import { CreatedAtField, IdField } from '../../core/database/columns';

@ObjectType('PaymentThreshold', {
  description: 'Un palier : à partir de ce taux de réalisation, cette part du prix plafond est payée.',
})
@InputType('PaymentThresholdInput')
export class PaymentThreshold {
  @Field(() => Float, { description: 'Taux atteint (ex. 0.5).' })
  @IsNumber({}, { message: 'Un taux numérique est attendu.' })
  rate!: number;
  @Field(() => Float, { description: 'Part payée (entre 0 et 1).' })
  @IsNumber({}, { message: 'Une part numérique est attendue.' })
  share!: number;
}

@ObjectType('PaymentParams', {
  description:
    'Paramètres de la règle : paliers (THRESHOLDS) ou prix unitaire en euros (CAP), et part du prix du lot régie par l’indicateur.',
})
@InputType('PaymentParamsInput')
export class PaymentParamsType implements PaymentParams {
  @Field(() => [PaymentThreshold], { nullable: true })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PaymentThreshold)
  thresholds?: PaymentThreshold[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() unitPrice?: string;
  @Field(() => Float, {
    nullable: true,
    description: 'Part du prix annuel du lot régie par cet indicateur (entre 0 exclu et 1 ; 1 par défaut).',
  })
  @IsOptional()
  @IsNumber({}, { message: 'Une part numérique est attendue.' })
  priceShare?: number;
}

registerEnumType(IndicatorMeasure, {
  name: 'IndicatorMeasure',
  description: 'Ce que mesure un indicateur de paiement.',
});
registerEnumType(PaymentRule, {
  name: 'PaymentRule',
  description: 'Règle qui transforme la réalisation en montant : prorata, paliers, prix unitaire plafonné.',
});

const numeric = {
  type: 'numeric',
  precision: 12,
  scale: 2,
  transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
} as const;

/** A payment indicator of a lot: a measure over proven activity, a target, a period and a payment rule. */
@ObjectType({
  description:
    'Un indicateur de paiement d’un lot : mesure sur l’activité prouvée, cible, période et règle de paiement.',
})
@Entity('payment_indicators')
@Index('IDX_payment_indicators_lot', ['lotId'])
export class PaymentIndicator {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') lotId!: string;
  @ManyToOne(() => Lot, { onDelete: 'CASCADE' }) lot?: Relation<Lot>;
  /** The operator that owns the lot. */
  @Column('uuid') structureId!: string;
  @Field() @Column() label!: string;
  @Field(() => IndicatorMeasure)
  @Column({ type: 'enum', enum: IndicatorMeasure, enumName: 'indicator_measure' })
  measure!: IndicatorMeasure;
  @Field(() => HourKind, { nullable: true, description: 'Pour HOURS : la nature du temps compté.' })
  @Column({ type: 'enum', enum: HourKind, enumName: 'hour_kind', nullable: true })
  hourKind!: HourKind | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Pour ACTIVE_FILE : codes INSEE des communes de résidence retenues (null : toutes).',
  })
  @Column({ type: 'varchar', length: 5, array: true, nullable: true })
  communeCodes!: string[] | null;
  @Field(() => ActionExitReason, {
    nullable: true,
    description: 'Pour EXITS : le motif de sortie compté (null : toutes les sorties).',
  })
  @Column({ type: 'enum', enum: ActionExitReason, enumName: 'action_exit_reason', nullable: true })
  exitReason!: ActionExitReason | null;
  @Field(() => Float) @Column(numeric) target!: number;
  @Field() @Column({ type: 'date' }) periodStart!: string;
  @Field() @Column({ type: 'date' }) periodEnd!: string;
  @Field(() => PaymentRule) @Column({ type: 'enum', enum: PaymentRule, enumName: 'payment_rule' }) rule!: PaymentRule;
  @Field(() => PaymentParamsType) @Column({ type: 'jsonb', default: () => `'{}'` }) params!: PaymentParams;
  @Field(() => Int) @VersionColumn({ default: 1 }) version!: number;
  @CreatedAtField() createdAt!: Date;
}
