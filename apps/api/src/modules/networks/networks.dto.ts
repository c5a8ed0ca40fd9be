import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DropOffMeasure, ReportStatus } from '@passerelle/domain';
import { ArrayMaxSize, ArrayNotEmpty, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { StructureSummary } from '../../core/tenancy/structures/structure.entity';
import { IsCalendarDate } from '../../core/validation/calendar-date.validator';
import '../reports/report.enums';

@InputType()
export class NetworkMemberInput {
  @Field(() => ID, { description: 'La structure de type réseau (NETWORK).' })
  @IsUUID('all', { message: 'Réseau inconnu.' })
  networkId!: string;
  @Field(() => ID, { description: 'La structure membre (structure porteuse ou prestataire).' })
  @IsUUID('all', { message: 'Structure inconnue.' })
  memberId!: string;
}

@InputType()
export class GrantControllerAccessInput {
  @Field(() => ID) @IsUUID('all', { message: 'Réseau inconnu.' }) networkId!: string;
  @Field(() => ID, { description: 'Le compte du contrôleur (par exemple un agent de la DREETS).' })
  @IsUUID('all', { message: 'Utilisateur inconnu.' })
  userId!: string;
  @Field(() => [ID], { description: 'Les structures membres du réseau où il reçoit le rôle CONTROLLER.' })
  @ArrayNotEmpty({ message: 'Choisissez au moins une structure membre.' })
  @ArrayMaxSize(200, { message: '200 structures au plus.' })
  @IsUUID('all', { each: true, message: 'Structure inconnue.' })
  memberIds!: string[];
}

@InputType()
export class NetworkFiguresFilter {
  @Field({ description: 'Premier jour (AAAA-MM-JJ).' }) @IsCalendarDate() from!: string;
  @Field({ description: 'Dernier jour (AAAA-MM-JJ), 36 mois au plus après le premier.' }) @IsCalendarDate() to!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Fenêtre du décrochage en jours (la même pour tous les membres ; par défaut celle du domaine).',
  })
  @IsOptional()
  @IsInt()
  @Min(7, { message: '7 jours au moins.' })
  @Max(365, { message: '365 jours au plus.' })
  windowDays?: number | null;
}

@ObjectType({ description: 'Un réseau et ses structures membres.' })
export class Network {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [StructureSummary]) members!: StructureSummary[];
}

@ObjectType({
  description: 'Un effectif de personnes : null (« secret ») quand il est sous le seuil des petits effectifs.',
})
export class NetworkDropOffCount {
  @Field(() => DropOffMeasure) measure!: DropOffMeasure;
  @Field(() => Int, { nullable: true }) count!: number | null;
}

@ObjectType()
export class NetworkReportStatusCount {
  @Field(() => ReportStatus) status!: ReportStatus;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Les chiffres agrégés d’une structure membre ; aucun dossier individuel.' })
export class NetworkMemberFigures {
  @Field(() => StructureSummary) structure!: StructureSummary;
  @Field(() => Int, {
    nullable: true,
    description: 'Dossiers de participants tenus par la structure aujourd’hui (null : secret).',
  })
  participants!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Personnes ayant eu au moins un contact de parcours PLIE dans la période (null : secret).',
  })
  peopleContacted!: number | null;
  @Field(() => [NetworkDropOffCount], { description: 'Décrochage dans la période (null : secret).' })
  dropOff!: NetworkDropOffCount[];
  @Field(() => Int, { description: 'Entretiens de parcours PLIE dans la période.' }) interviews!: number;
  @Field(() => Int, { description: 'Séances collectives programmées dans la période (lots portés ou réalisés).' })
  sessions!: number;
  @Field(() => Int, { description: 'Indicateurs de paiement en cours sur la période.' }) paymentIndicators!: number;
  @Field(() => Int, { description: 'Lots portant ces indicateurs.' }) lotsWithIndicators!: number;
  @Field(() => [NetworkReportStatusCount], { description: 'Bilans dont la période finit dans la période, par statut.' })
  reports!: NetworkReportStatusCount[];
}

@ObjectType({
  description:
    'Chiffres agrégés du réseau, structure par structure. Pas de total du réseau : il révélerait par soustraction un effectif masqué.',
})
export class NetworkFigures {
  @Field() from!: string;
  @Field() to!: string;
  @Field() asOf!: string;
  @Field(() => Int) windowDays!: number;
  @Field(() => Int, { description: 'Seuil des petits effectifs : en dessous, un effectif de personnes est masqué.' })
  smallCellThreshold!: number;
  @Field(() => [NetworkMemberFigures]) members!: NetworkMemberFigures[];
}
