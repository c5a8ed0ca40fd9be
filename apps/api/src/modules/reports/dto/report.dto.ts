import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { REPORT_NARRATIVE_KEYS, REPORT_NARRATIVE_MAX_LENGTH, ReportKind, ReportStatus } from '@passerelle/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination';
import { ArgsType } from '@nestjs/graphql';
import '../report.enums';
import { OptionalEnum, OptionalNested, OptionalString, RequiredText } from '../../../core/validation/fields';

@ObjectType({ description: 'Une partie rédigée du bilan (critères qualitatifs).' })
export class ReportNarrative {
  @Field() key!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) text!: string | null;
}

@InputType({
  description:
    'Le bilan à préparer : son type, son année et, pour un tableau mensuel, son mois ; avec un lot, le bilan de ce lot.',
})
export class PrepareReportInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Le lot (convention signée) : bilan rédigé par son prestataire, sur la période du lot.',
  })
  @IsOptional()
  @IsString()
  lotId?: string | null;
  @Field(() => ReportKind) @IsEnum(ReportKind, { message: 'Type de bilan inconnu.' }) kind!: ReportKind;
  @Field(() => Int)
  @IsInt({ message: 'Année invalide.' })
  @Min(2000, { message: 'Année invalide.' })
  @Max(2100, { message: 'Année invalide.' })
  year!: number;
  @Field(() => Int, { nullable: true, description: 'Mois (1 à 12), obligatoire pour un tableau mensuel.' })
  @IsOptional()
  @IsInt({ message: 'Mois invalide (1 à 12).' })
  @Min(1, { message: 'Mois invalide (1 à 12).' })
  @Max(12, { message: 'Mois invalide (1 à 12).' })
  month?: number | null;
}

@InputType()
export class ReportSectionInput {
  @Field({ description: `Une des parties : ${REPORT_NARRATIVE_KEYS.join(', ')}.` })
  @IsIn(REPORT_NARRATIVE_KEYS, { message: 'Partie du bilan inconnue.' })
  key!: string;
  @Field(() => String, { nullable: true, description: 'Texte ; null ou vide efface la partie.' })
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_NARRATIVE_MAX_LENGTH, { message: `${REPORT_NARRATIVE_MAX_LENGTH} caractères au plus.` })
  text?: string | null;
}

@InputType({ description: 'Les parties rédigées à modifier ; les autres restent telles quelles.' })
export class UpdateReportInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => [ReportSectionInput])
  @IsArray()
  @ArrayMaxSize(REPORT_NARRATIVE_KEYS.length)
  @ValidateNested({ each: true })
  @Type(() => ReportSectionInput)
  sections!: ReportSectionInput[];
}

@InputType()
export class SubmitReportInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}

@InputType()
export class AcceptReportInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @OptionalString(5000) comment?: string | null;
}

@InputType()
export class ReturnReportInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @RequiredText(5000, 'Indiquez ce qu’il faut reprendre.', { description: 'Ce qu’il faut reprendre : obligatoire.' })
  comment!: string;
}

@InputType()
export class ReportFilter {
  @OptionalEnum(ReportKind) kind?: ReportKind;
  @OptionalEnum(ReportStatus) status?: ReportStatus;
  @Field(() => Int, { nullable: true, description: 'Bilans dont la période s’arrête cette année-là.' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
  @Field(() => ID, { nullable: true, description: 'Seulement les bilans de ce lot.' })
  @IsOptional()
  @IsString()
  lotId?: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Vrai : seulement les bilans des lots ; faux : seulement ceux de la structure.',
  })
  @IsOptional()
  @IsBoolean()
  lotReports?: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Vrai : seulement les bilans en retard (brouillon ou renvoyé, échéance passée) ; faux : les autres.',
  })
  @IsOptional()
  @IsBoolean()
  late?: boolean;
}

@ArgsType()
export class ReportListArgs extends PageArgs {
  @OptionalNested(() => ReportFilter) filter?: ReportFilter;
}

@ObjectType({ description: 'Une préparation de bilan demandée à la file de tâches : son avancement, puis le bilan.' })
export class ReportJob {
  @Field(() => ID) id!: string;
  @Field({ description: 'waiting, active, completed, failed, delayed…' }) state!: string;
  @Field(() => Int, { description: 'Avancement en pourcentage.' }) progress!: number;
  @Field(() => ID, {
    nullable: true,
    description: 'Le bilan, une fois prêt ; téléchargez-le alors par /files/reports/<id>.xlsx ou .pdf.',
  })
  reportId!: string | null;
  @Field(() => String, { nullable: true }) failedReason!: string | null;
}
