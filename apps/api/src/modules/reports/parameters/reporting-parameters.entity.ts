import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ReportingParameters } from '@passerelle/domain';
import { IsInt, IsString } from 'class-validator';
import { Column, Entity, ManyToOne, Relation, Unique } from 'typeorm';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import { CreatedAtField, IdField } from '../../../core/database/columns';

/**
 * A dated row of a structure's reporting rules: it applies from `effectiveFrom` until the next row (a PLIE changes its
 * funders' calendar from a date on; reports already prepared keep the due dates they were given). History is kept.
 */
@ObjectType({
  description: 'Les règles de bilan de la structure à partir d’une date : échéances, rappel, fenêtre du décrochage.',
})
@Entity('reporting_parameters')
@Unique('UQ_reporting_parameters_structure_from', ['structureId', 'effectiveFrom'])
export class ReportingParameterRow implements ReportingParameters {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') structureId!: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' }) structure?: Relation<Structure>;
  @Field({ description: 'En vigueur à partir de ce jour (AAAA-MM-JJ).' })
  @Column({ type: 'date' })
  effectiveFrom!: string;
  @Field(() => Int, { description: 'Jour du mois suivant où le tableau mensuel est dû.' })
  @Column('int')
  monthlyReportDueDay!: number;
  @Field({ description: 'Échéance du bilan au 31 mai (MM-JJ).' })
  @Column({ type: 'varchar', length: 5 })
  mayReportDue!: string;
  @Field({ description: 'Échéance du bilan au 30 septembre (MM-JJ).' })
  @Column({ type: 'varchar', length: 5 })
  septemberReportDue!: string;
  @Field(() => Int, { description: 'Mois après la fin de l’action pour le bilan final.' })
  @Column('int')
  finalReportDueMonths!: number;
  @Field(() => Int, { description: 'Jours avant l’échéance où les rédacteurs sont rappelés.' })
  @Column('int')
  reportReminderDays!: number;
  @Field(() => Int, {
    description:
      'Jours sans autre contact après un premier contact avant de compter une personne comme « pas revenue ».',
  })
  @Column('int')
  dropOffWindowDays!: number;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) createdByUserId!: string | null;
  @CreatedAtField() createdAt!: Date;
}

@ObjectType({
  description:
    'Les règles de bilan en vigueur à une date (les valeurs par défaut des cahiers des charges sans ligne datée).',
})
export class ReportingParametersInForce implements ReportingParameters {
  @Field() on!: string;
  @Field(() => String, { nullable: true, description: 'Depuis quand (null : valeurs par défaut).' }) effectiveFrom!:
    string | null;
  @Field(() => Int) monthlyReportDueDay!: number;
  @Field() mayReportDue!: string;
  @Field() septemberReportDue!: string;
  @Field(() => Int) finalReportDueMonths!: number;
  @Field(() => Int) reportReminderDays!: number;
  @Field(() => Int) dropOffWindowDays!: number;
}

@InputType()
export class SetReportingParametersInput implements ReportingParameters {
  @Field() @IsCalendarDate() effectiveFrom!: string;
  @Field(() => Int) @IsInt({ message: 'Un nombre entier est attendu.' }) monthlyReportDueDay!: number;
  @Field() @IsString() mayReportDue!: string;
  @Field() @IsString() septemberReportDue!: string;
  @Field(() => Int) @IsInt({ message: 'Un nombre entier est attendu.' }) finalReportDueMonths!: number;
  @Field(() => Int) @IsInt({ message: 'Un nombre entier est attendu.' }) reportReminderDays!: number;
  @Field(() => Int) @IsInt({ message: 'Un nombre entier est attendu.' }) dropOffWindowDays!: number;
}
