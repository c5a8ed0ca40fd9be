import { frenchDate, REPORT_KIND_LABELS, REPORT_STATUS_LABELS } from '@passerelle/domain';
import ExcelJS from 'exceljs';
import { addSamePage, createPdf, drawPdfTable, layoutColumns, PDF_FONT } from '../../../core/pdf/pdf';
import { ReportNarrative } from '../dto/report.dto';
import { ReportColumn, ReportFigures } from '../figures/report-table';
import { Report } from '../report.entity';

/** Everything an export of a report shows: the same figures as the API (live or frozen), the written sections. */
export interface ReportDocument {
  report: Report;
  structureName: string;
  figures: ReportFigures;
  sections: ReportNarrative[];
}

const parisDateTime = (date: Date) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' }).format(date);

/** The lines of the summary sheet / page header. */
export function reportHeader({ report, structureName, figures }: ReportDocument): [string, string][] {
  return [
    ['Structure', structureName],
    ['Bilan', report.title],
    ['Type', REPORT_KIND_LABELS[report.kind]],
    ['Période', `du ${frenchDate(report.periodStart)} au ${frenchDate(report.periodEnd)}`],
    ['À transmettre avant le', frenchDate(report.dueOn)],
    ['Statut', REPORT_STATUS_LABELS[report.status]],
    [
      'Chiffres',
      figures.frozen
        ? `figés à la transmission (${parisDateTime(figures.computedAt)})`
        : `calculés le ${parisDateTime(figures.computedAt)}, susceptibles d’évoluer`,
    ],
  ];
}

/** XLSX: a summary sheet, one sheet per table (French headers), and the written sections. */
export async function reportXlsx(doc: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Passerelle';
  workbook.created = new Date();
  const summary = workbook.addWorksheet('Synthèse');
  summary.columns = [{ width: 26 }, { width: 70 }];
  for (const line of reportHeader(doc)) summary.addRow(line);
  summary.getColumn(1).font = { bold: true };

  for (const table of doc.figures.tables) {
    const sheet = workbook.addWorksheet(table.shortTitle.slice(0, 31));
    sheet.addRow(['Libellé', ...table.columns.map((c) => c.label)]).font = { bold: true };
    for (const row of table.rows) sheet.addRow([row.label, ...row.values]);
    if (table.note) {
      sheet.addRow([]);
      sheet.addRow([table.note]).font = { italic: true };
    }
    sheet.getColumn(1).width = 52;
    table.columns.forEach((_, i) => (sheet.getColumn(i + 2).width = 16));
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }

  const narratives = workbook.addWorksheet('Parties rédigées');
  narratives.columns = [
    { header: 'Partie', width: 50 },
    { header: 'Texte', width: 100 },
  ];
  narratives.getRow(1).font = { bold: true };
  for (const section of doc.sections)
    narratives.addRow([section.title, section.text ?? '']).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** A figure as a French reader expects it: "2 268,00 €" in a column of euros, "1 234,5" elsewhere. */
function pdfFigure(value: number | null, column: ReportColumn): string {
  if (value === null) return '—';
  return column.label.endsWith('(€)') ? euros.format(value) : value.toLocaleString('fr-FR');
}

/** PDF: the header, every table (laid out from its content), then the written sections. */
export function reportPdf(doc: ReportDocument): Promise<Buffer> {
  const { doc: pdf, done } = createPdf({
    size: 'A4',
    margin: 50,
    info: { Title: doc.report.title, Author: doc.structureName, Creator: 'Passerelle' },
  });
  pdf.font(PDF_FONT.bold).fontSize(16).text(doc.report.title).moveDown(0.5);
  pdf.fontSize(10);
  for (const [label, value] of reportHeader(doc))
    pdf.font(PDF_FONT.bold).text(`${label} : `, { continued: true }).font(PDF_FONT.regular).text(value);

  for (const figures of doc.figures.tables) {
    const table = {
      columns: [{ header: 'Libellé' }, ...figures.columns.map((c) => ({ header: c.label, align: 'right' as const }))],
      rows: figures.rows.map((row) => [row.label, ...row.values.map((v, i) => pdfFigure(v, figures.columns[i]))]),
    };
    const portraitWidth = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
    // A table whose labels would wrap on a portrait page (many columns) gets a landscape page of its own.
    if (pdf.page.layout !== 'landscape' && layoutColumns(pdf, table, portraitWidth).bodyWraps)
      pdf.addPage({ size: 'A4', layout: 'landscape', margin: 50 });
    else pdf.moveDown(1);
    // The title never stays alone at the foot of a page.
    if (pdf.y > pdf.page.height - pdf.page.margins.bottom - 80) addSamePage(pdf);
    const left = pdf.page.margins.left;
    pdf.font(PDF_FONT.bold).fontSize(12).text(figures.title, left).moveDown(0.3);
    drawPdfTable(pdf, table);
    if (figures.note)
      pdf
        .font(PDF_FONT.italic)
        .fontSize(8)
        .text(figures.note, left, pdf.y, { width: pdf.page.width - left - pdf.page.margins.right });
  }

  pdf.addPage({ size: 'A4', layout: 'portrait', margin: 50 });
  pdf.font(PDF_FONT.bold).fontSize(14).text('Parties rédigées').moveDown(0.5);
  for (const section of doc.sections) {
    pdf.font(PDF_FONT.bold).fontSize(11).text(section.title).moveDown(0.2);
    pdf
      .font(PDF_FONT.regular)
      .fontSize(10)
      .text(section.text ?? '(non renseigné)')
      .moveDown(0.8);
  }
  pdf.end();
  return done;
}
