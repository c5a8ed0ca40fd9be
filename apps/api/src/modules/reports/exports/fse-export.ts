import {
  EDUCATION_LEVEL_LABELS,
  EducationLevel,
  EXIT_REASON_LABELS,
  ExitReason,
  FSE_ANSWER_LABELS,
  FSE_EMPLOYMENT_STATUS_LABELS,
  FSE_HOUSEHOLD_SITUATION_LABELS,
  FseAnswer,
  FseEmploymentStatus,
  FseExitResult,
  FseHouseholdSituation,
  frenchDate,
  ISCED_GROUP_LABELS,
  iscedGroup,
  Sex,
  SENSITIVE_EXIT_REASONS,
  SEX_LABELS,
} from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { ExportColumn } from '../../../core/files/csv';

/** One row per participant: their latest PLIE path overlapping the period. $1 structure, $2 first day, $3 last day. */
const FSE_SQL = `
SELECT * FROM (
  SELECT DISTINCT ON (p.id) p.id, p."lastName", p."firstName", p.sex::text AS sex, p."birthDate"::text AS "birthDate",
    p."communeCode", p."communeName", p.epci, p."inQpv", p."qpvCode", p."fseRuralArea" AS "ruralArea", p."educationLevel"::text AS "educationLevel",
    p."fseEmploymentStatus"::text AS "employmentStatus", p."fseHouseholdSituation"::text AS household, p."fseDisability"::text AS disability,
    p."fseThirdCountryNational"::text AS "thirdCountry", p."fseForeignBackground"::text AS "foreignBackground", p."fseMinority"::text AS minority,
    p."fseHomeless"::text AS homeless,
    pp."admittedOn"::text AS "entryDate", date_part('year', age(pp."admittedOn", p."birthDate"))::int AS "ageAtEntry",
    pp."exitDate"::text AS "exitDate", pp."exitReason"::text AS "exitReason", pp."exitPositive",
    coalesce(pp."fseExitResults"::text[], '{}') AS "exitResults", pp."fseExitRecordedOn"::text AS "exitRecordedOn"
  FROM plie_paths pp JOIN participants p ON p.id = pp."participantId"
  WHERE pp."structureId" = $1 AND pp."admittedOn" IS NOT NULL AND pp."admittedOn" <= $3::date AND (pp."exitDate" IS NULL OR pp."exitDate" >= $2::date)
  ORDER BY p.id, pp."admittedOn" DESC
) rows
ORDER BY "lastName", "firstName", id`;

export interface FseRow {
  id: string;
  lastName: string;
  firstName: string;
  sex: Sex;
  birthDate: string;
  communeCode: string | null;
  communeName: string | null;
  epci: string | null;
  inQpv: boolean;
  qpvCode: string | null;
  ruralArea: boolean | null;
  educationLevel: EducationLevel | null;
  employmentStatus: FseEmploymentStatus | null;
  household: FseHouseholdSituation | null;
  disability: FseAnswer | null;
  thirdCountry: FseAnswer | null;
  foreignBackground: FseAnswer | null;
  minority: FseAnswer | null;
  homeless: FseAnswer | null;
  entryDate: string;
  ageAtEntry: number;
  exitDate: string | null;
  exitReason: ExitReason | null;
  exitPositive: boolean | null;
  exitResults: FseExitResult[];
  exitRecordedOn: string | null;
}

export const fseRows = (manager: EntityManager, structureId: string, from: string, to: string): Promise<FseRow[]> =>
  manager.query(FSE_SQL, [structureId, from, to]);

/**
 * Without `participants:sensitive` (an integration holding `fse:export` alone), the special-category answers and a
 * health exit reason are left empty, as everywhere else.
 */
export function maskFseRows(rows: FseRow[], canSeeSensitive: boolean): FseRow[] {
  if (canSeeSensitive) return rows;
  return rows.map((row) => ({
    ...row,
    disability: null,
    thirdCountry: null,
    foreignBackground: null,
    minority: null,
    exitReason: row.exitReason && SENSITIVE_EXIT_REASONS.includes(row.exitReason) ? null : row.exitReason,
  }));
}

const date = (value: string | null) => (value ? frenchDate(value) : null);
const answer = (value: FseAnswer | null) => (value ? FSE_ANSWER_LABELS[value] : null);
const result = (wanted: FseExitResult) => (row: FseRow) =>
  row.exitDate ? (row.exitResults.length ? row.exitResults.includes(wanted) : null) : null;

/**
 * The FSE+ participant export (entry data, and exit data within 4 weeks), one row per participant, in the order of the
 * "questionnaire de recueil des données". Documented column by column in docs/api.md.
 */
export const FSE_COLUMNS: readonly ExportColumn<FseRow>[] = [
  { header: 'Identifiant Passerelle', value: (r) => r.id },
  { header: 'Nom', value: (r) => r.lastName },
  { header: 'Prénom', value: (r) => r.firstName },
  { header: 'Sexe', value: (r) => SEX_LABELS[r.sex] },
  { header: 'Date de naissance', value: (r) => date(r.birthDate) },
  { header: 'Âge à l’entrée', value: (r) => r.ageAtEntry },
  { header: 'Code commune (INSEE)', value: (r) => r.communeCode },
  { header: 'Commune', value: (r) => r.communeName },
  { header: 'EPCI', value: (r) => r.epci },
  { header: 'Quartier prioritaire (QPV)', value: (r) => r.inQpv },
  { header: 'Code QPV', value: (r) => r.qpvCode },
  { header: 'Résidence en zone rurale', value: (r) => r.ruralArea },
  { header: 'Date d’entrée', value: (r) => date(r.entryDate) },
  {
    header: 'Situation sur le marché du travail à l’entrée',
    value: (r) => (r.employmentStatus ? FSE_EMPLOYMENT_STATUS_LABELS[r.employmentStatus] : null),
  },
  {
    header: 'Chômeur·se de longue durée',
    value: (r) => (r.employmentStatus ? r.employmentStatus === FseEmploymentStatus.LONG_TERM_UNEMPLOYED : null),
  },
  { header: 'Niveau de formation', value: (r) => (r.educationLevel ? EDUCATION_LEVEL_LABELS[r.educationLevel] : null) },
  {
    header: 'Niveau d’éducation (CITE)',
    value: (r) => (r.educationLevel ? ISCED_GROUP_LABELS[iscedGroup(r.educationLevel)] : null),
  },
  { header: 'Situation du ménage', value: (r) => (r.household ? FSE_HOUSEHOLD_SITUATION_LABELS[r.household] : null) },
  { header: 'Situation de handicap', value: (r) => answer(r.disability) },
  { header: 'Ressortissant·e d’un pays tiers', value: (r) => answer(r.thirdCountry) },
  { header: 'Origine étrangère', value: (r) => answer(r.foreignBackground) },
  { header: 'Appartenance à une minorité', value: (r) => answer(r.minority) },
  { header: 'Sans domicile ou exclu·e du logement', value: (r) => answer(r.homeless) },
  { header: 'Date de sortie', value: (r) => date(r.exitDate) },
  { header: 'Motif de sortie', value: (r) => (r.exitReason ? EXIT_REASON_LABELS[r.exitReason] : null) },
  { header: 'Sortie positive', value: (r) => r.exitPositive },
  { header: 'Sortie : en emploi', value: result(FseExitResult.JOB) },
  { header: 'Sortie : en études ou en formation', value: result(FseExitResult.TRAINING) },
  { header: 'Sortie : a obtenu une qualification', value: result(FseExitResult.QUALIFICATION) },
  { header: 'Sortie : en recherche d’emploi', value: result(FseExitResult.JOB_SEARCH) },
  { header: 'Sortie : inactif·ve', value: result(FseExitResult.INACTIVE) },
  { header: 'Date de recueil des données de sortie', value: (r) => date(r.exitRecordedOn) },
];
