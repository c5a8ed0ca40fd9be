import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { IntensityLevel } from '@passerelle/domain';
import '../cej.enums';

@ObjectType({
  description:
    'Une semaine du contrat (lundi à dimanche) : prévu contre réalisé, assiduité, intensité (calculés en SQL).',
})
export class CejWeekStats {
  @Field({ description: 'Lundi de la semaine.' }) weekStart!: string;
  @Field({ description: 'Dimanche de la semaine.' }) weekEnd!: string;
  @Field({ description: 'La semaine est terminée.' }) complete!: boolean;
  @Field(() => Float) plannedHours!: number;
  @Field(() => Float) doneHours!: number;
  @Field(() => Float, {
    description: 'Heures prévues des actions dont la réalisation est saisie (base du taux d’assiduité).',
  })
  recordedPlannedHours!: number;
  @Field(() => Float) excusedAbsenceHours!: number;
  @Field(() => Float) unexcusedAbsenceHours!: number;
  @Field(() => Int) actions!: number;
  @Field(() => Int, { description: 'Jours en entreprise réalisés (immersion, emploi).' }) companyDays!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Heures réalisées / heures prévues des actions saisies (0 à 1) ; vide tant que rien n’est saisi.',
  })
  attendanceRate!: number | null;
  @Field(() => IntensityLevel) intensity!: IntensityLevel;
  @Field({ description: 'Au moins le minimum d’heures hebdomadaires réalisé.' }) intensityMet!: boolean;
  @Field({ description: 'Au moins le minimum d’heures hebdomadaires prévu.' }) plannedIntensityMet!: boolean;
  @Field(() => Boolean, { nullable: true }) attendanceMet!: boolean | null;
  @Field(() => Float, { description: 'Seuils en vigueur cette semaine-là (paramètres datés).' })
  weeklyHoursMin!: number;
  @Field(() => Float) weeklyHoursMax!: number;
  @Field(() => Float) attendanceRateMin!: number;
}

@ObjectType({
  description: 'Un mois du contrat : prévu contre réalisé, assiduité, intensité moyenne (calculés en SQL).',
})
export class CejMonthStats {
  @Field({ description: 'Premier jour du mois.' }) month!: string;
  @Field(() => Float) plannedHours!: number;
  @Field(() => Float) doneHours!: number;
  @Field(() => Float) recordedPlannedHours!: number;
  @Field(() => Float) excusedAbsenceHours!: number;
  @Field(() => Float) unexcusedAbsenceHours!: number;
  @Field(() => Int) actions!: number;
  @Field(() => Int) companyDays!: number;
  @Field(() => Int, { description: 'Jours du mois couverts par le contrat.' }) coveredDays!: number;
  @Field(() => Float, { nullable: true }) attendanceRate!: number | null;
  @Field(() => Boolean, { nullable: true }) attendanceMet!: boolean | null;
  @Field(() => Float, { description: 'Heures réalisées ramenées à la semaine : heures / jours couverts × 7.' })
  averageWeeklyDoneHours!: number;
  @Field({ description: 'La moyenne hebdomadaire atteint le minimum d’heures.' }) intensityMet!: boolean;
  @Field(() => Int, { description: 'Semaines commençant dans le mois.' }) weeks!: number;
  @Field(() => Int) weeksMeetingIntensity!: number;
  @Field(() => Float) weeklyHoursMin!: number;
}

@ObjectType({
  description:
    'Jours en entreprise (PMSMP, CDD, intérim) dans les 6 premiers mois, au regard de l’objectif, et date projetée au rythme actuel.',
})
export class CejCompanyDays {
  @Field(() => Int, { nullable: true, description: 'Objectif en vigueur au début du contrat (40).' }) target!:
    number | null;
  @Field(() => Int) daysDone!: number;
  @Field(() => Int, { nullable: true }) remaining!: number | null;
  @Field({ description: 'Dernier jour de la fenêtre des 6 premiers mois.' }) windowEndsOn!: string;
  @Field(() => Float, { description: 'Jours en entreprise par semaine au rythme actuel.' }) pacePerWeek!: number;
  @Field(() => String, {
    nullable: true,
    description: 'Jour où l’objectif est atteint, ou le serait au rythme actuel ; vide sans aucun jour.',
  })
  projectedOn!: string | null;
  @Field({ description: 'Atteint, ou atteint dans la fenêtre au rythme actuel.' }) onTrack!: boolean;
  @Field() reached!: boolean;
}
