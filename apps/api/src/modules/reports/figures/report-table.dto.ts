import { Field, Float, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

/** A column of a figures table. */
@ObjectType({ description: 'Une colonne d’un tableau de chiffres.' })
export class ReportColumn {
  @Field() key!: string;
  @Field({ description: 'En-tête en français, repris tel quel dans les exports.' }) label!: string;
}

@ObjectType({ description: 'Une ligne d’un tableau de chiffres : une valeur par colonne.' })
export class ReportRow {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => [Float], {
    nullable: 'items',
    description:
      'Une valeur par colonne, dans l’ordre des colonnes ; null quand elle n’a pas de sens (division par zéro).',
  })
  values!: (number | null)[];
}

/** One table of figures: a sheet of the XLSX export, a table of the PDF. */
@ObjectType({ description: 'Un tableau de chiffres calculés par le système (une feuille de l’export XLSX).' })
export class ReportTable {
  @Field({ description: 'Identifiant stable du tableau (participants, activity, exits, typology-epci…).' })
  key!: string;
  @Field() title!: string;
  @Field({ description: 'Intitulé court (31 caractères au plus) : le nom de la feuille XLSX.' }) shortTitle!: string;
  @Field(() => String, { nullable: true, description: 'Comment le chiffre est compté.' }) note!: string | null;
  @Field(() => [ReportColumn]) columns!: ReportColumn[];
  @Field(() => [ReportRow]) rows!: ReportRow[];
}

/** The figures of a report: live while it is edited, the frozen snapshot once submitted. */
@ObjectType({ description: 'Les chiffres d’un bilan : recalculés tant qu’il est modifiable, figés à la transmission.' })
export class ReportFigures {
  @Field(() => GraphQLISODateTime) computedAt!: Date;
  @Field({ description: 'Vrai quand ce sont les chiffres figés à la transmission.' }) frozen!: boolean;
  @Field(() => [ReportTable]) tables!: ReportTable[];
}

/** What is stored in `reports.snapshot` (jsonb). */
export interface ReportSnapshot {
  computedAt: string;
  tables: ReportTable[];
}
