import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DEFAULT_DROP_OFF_WINDOW_DAYS, DropOffMeasure } from '@passerelle/domain';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../core/validation/calendar-date.validator';
import '../reports/report.enums';
import { OptionalId } from '../../core/validation/fields';

@InputType()
export class DropOffFilter {
  @Field({ description: 'Premier jour (AAAA-MM-JJ).' }) @IsCalendarDate() from!: string;
  @Field({ description: 'Dernier jour (AAAA-MM-JJ), 36 mois au plus après le premier.' }) @IsCalendarDate() to!: string;
  @OptionalId('Antenne inconnue.', { description: 'Une seule antenne.' }) branchId?: string | null;
  @Field(() => Int, {
    nullable: true,
    description: `Jours sans autre contact après un premier contact avant de compter la personne comme « pas revenue » ; par défaut, la règle de la structure en vigueur au dernier jour (${DEFAULT_DROP_OFF_WINDOW_DAYS} sans règle).`,
  })
  @IsOptional()
  @IsInt()
  @Min(7, { message: '7 jours au moins.' })
  @Max(365, { message: '365 jours au plus.' })
  windowDays?: number | null;
}

@ObjectType({ description: 'Une série pour un graphique : une valeur par mois de `months`.' })
export class DropOffSeries {
  @Field(() => DropOffMeasure) measure!: DropOffMeasure;
  @Field() label!: string;
  @Field(() => [Int]) values!: number[];
}

@ObjectType()
export class DropOffCount {
  @Field(() => DropOffMeasure) measure!: DropOffMeasure;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Les quatre mesures pour un groupe (une antenne, une tranche d’âge, un sexe).' })
export class DropOffGroup {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => [DropOffCount]) counts!: DropOffCount[];
}

@ObjectType({
  description: 'Analyse du décrochage : premiers contacts, personnes pas revenues, ruptures, sorties sans solution.',
})
export class DropOffAnalysis {
  @Field() from!: string;
  @Field() to!: string;
  @Field({
    description:
      'Jour de l’analyse : un premier contact plus récent que la fenêtre ne compte pas encore comme décrochage.',
  })
  asOf!: string;
  @Field(() => Int) windowDays!: number;
  @Field(() => [String], { description: 'Mois de la période (AAAA-MM), en abscisse.' }) months!: string[];
  @Field(() => [DropOffSeries], { description: 'Une série par mesure, mois par mois.' }) series!: DropOffSeries[];
  @Field(() => [DropOffCount]) totals!: DropOffCount[];
  @Field(() => [DropOffGroup]) byBranch!: DropOffGroup[];
  @Field(() => [DropOffGroup]) byAgeBand!: DropOffGroup[];
  @Field(() => [DropOffGroup]) bySex!: DropOffGroup[];
}
