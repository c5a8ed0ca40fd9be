import ExcelJS from 'exceljs';
import { ExportColumn } from '../../../core/files/csv';
import { frenchDate } from '../booklet/cej-booklet.pdf';
import { CejDigitalMonthlyReport } from './cej-digital.dto';
import { CejDigitalMonthlyRow, CejDigitalMonthlyTable } from '../provider/cej-provider.dto';

/** The summary of the month, one indicator a line (the seed 004 « montée en charge »). */
export const DIGITAL_MONTHLY_SUMMARY: readonly ExportColumn<CejDigitalMonthlyReport>[] = [
  { header: 'Contrats en cours dans le mois', value: (r) => r.runningContracts },
  { header: 'Jeunes diagnostiqués (Pix) à la fin du mois', value: (r) => r.diagnosedContracts },
  { header: 'Part des jeunes diagnostiqués (objectif 100 %)', value: (r) => r.diagnosedRate },
  { header: 'Diagnostics Pix du mois', value: (r) => r.diagnosticsInMonth },
  { header: 'Jeunes ayant un plan d’action numérique', value: (r) => r.contractsWithPlan },
  { header: 'Ateliers numériques du mois', value: (r) => r.workshopsInMonth },
  { header: 'Inscriptions aux ateliers', value: (r) => r.enrolmentsInMonth },
  { header: 'Présences aux ateliers', value: (r) => r.attendancesInMonth },
  { header: 'Heures d’atelier suivies', value: (r) => r.attendedHoursInMonth },
  { header: 'Certifications obtenues dans le mois', value: (r) => r.certificationsInMonth },
];

/** One young person a line. */
export const DIGITAL_MONTHLY_COLUMNS: readonly ExportColumn<CejDigitalMonthlyRow>[] = [
  { header: 'Nom', value: (r) => r.lastName },
  { header: 'Prénom', value: (r) => r.firstName },
  { header: 'Antenne', value: (r) => r.branchName },
  { header: 'Début du contrat', value: (r) => frenchDate(r.startOn) },
  { header: 'Fin du contrat', value: (r) => frenchDate(r.endOn) },
  { header: 'Dernier diagnostic Pix', value: (r) => (r.lastPixOn ? frenchDate(r.lastPixOn) : null) },
  { header: 'Pix (dernier diagnostic)', value: (r) => r.lastPixTotal },
  { header: 'Objectifs du plan numérique', value: (r) => r.planItems },
  { header: 'dont atteints', value: (r) => r.planItemsAchieved },
  { header: 'Inscriptions aux ateliers du mois', value: (r) => r.enrolmentsInMonth },
  { header: 'Présences du mois', value: (r) => r.attendancesInMonth },
  { header: 'Heures suivies dans le mois', value: (r) => r.attendedHoursInMonth },
  { header: 'Certifications du mois', value: (r) => r.certificationsInMonth },
];

const MONTHS = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
export const frenchMonth = (month: string) => MONTHS.format(new Date(`${month}T00:00:00Z`));

/** The monthly table of the digital path (seed 004): « tableaux de suivi et de reporting mensuels ». */
export async function renderDigitalMonthlyXlsx(table: CejDigitalMonthlyTable, scopeLabel: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Passerelle';
  workbook.created = new Date();

  const summary = workbook.addWorksheet('Synthèse');
  summary.columns = [{ width: 48 }, { width: 18 }];
  summary.addRow([`Parcours numérique CEJ — ${frenchMonth(table.summary.month)}`]).font = { bold: true, size: 14 };
  summary.addRow([scopeLabel]);
  summary.addRow([]);
  summary.addRow(['Indicateur', 'Valeur']).font = { bold: true };
  for (const line of DIGITAL_MONTHLY_SUMMARY) {
    const row = summary.addRow([line.header, line.value(table.summary) ?? null]);
    if (line.header.startsWith('Part')) row.getCell(2).numFmt = '0.0 %';
  }

  const young = workbook.addWorksheet('Jeunes');
  young.addRow(DIGITAL_MONTHLY_COLUMNS.map((c) => c.header)).font = { bold: true };
  for (const row of table.rows) young.addRow(DIGITAL_MONTHLY_COLUMNS.map((c) => c.value(row) ?? null));
  DIGITAL_MONTHLY_COLUMNS.forEach(
    (c, i) => (young.getColumn(i + 1).width = Math.min(30, Math.max(12, c.header.length + 2))),
  );
  young.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
