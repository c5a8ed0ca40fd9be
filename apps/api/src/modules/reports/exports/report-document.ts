import { frenchDate, REPORT_KIND_LABELS, REPORT_STATUS_LABELS } from '@passerelle/domain';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { ReportNarrative } from '../dto/report.dto';
import { ReportFigures } from '../figures/report-table.dto';
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

/** PDF: the header, every table, then the written sections. */
export function reportPdf(doc: ReportDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({
      size: 'A4',
      margin: 50,
      info: { Title: doc.report.title, Author: doc.structureName, Creator: 'Passerelle' },
    });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);

    pdf.font('Helvetica-Bold').fontSize(16).text(doc.report.title).moveDown(0.5);
    pdf.fontSize(10);
    for (const [label, value] of reportHeader(doc))
      pdf.font('Helvetica-Bold').text(`${label} : `, { continued: true }).font('Helvetica').text(value);

    const left = pdf.page.margins.left;
    const width = pdf.page.width - left - pdf.page.margins.right;
    for (const table of doc.figures.tables) {
      pdf.moveDown(1).font('Helvetica-Bold').fontSize(12).text(table.title, left);
      const valueWidth = 80;
      const labelWidth = width - valueWidth * table.columns.length;
      const line = (cells: string[], bold: boolean) => {
        if (pdf.y > pdf.page.height - pdf.page.margins.bottom - 20) pdf.addPage();
        const y = pdf.y;
        pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
        pdf.text(cells[0], left, y, { width: labelWidth - 6 });
        const bottom = pdf.y;
        cells
          .slice(1)
          .forEach((cell, i) =>
            pdf.text(cell, left + labelWidth + i * valueWidth, y, { width: valueWidth - 4, align: 'right' }),
          );
        pdf.y = Math.max(bottom, pdf.y) + 2;
      };
      line(['', ...table.columns.map((c) => c.label)], true);
      for (const row of table.rows)
        line([row.label, ...row.values.map((v) => (v === null ? '—' : v.toLocaleString('fr-FR')))], false);
      if (table.note) pdf.font('Helvetica-Oblique').fontSize(8).text(table.note, left, pdf.y, { width });
    }

    pdf.addPage().font('Helvetica-Bold').fontSize(14).text('Parties rédigées').moveDown(0.5);
    for (const section of doc.sections) {
      pdf.font('Helvetica-Bold').fontSize(11).text(section.title).moveDown(0.2);
      pdf
        .font('Helvetica')
        .fontSize(10)
        .text(section.text ?? '(non renseigné)')
        .moveDown(0.8);
    }
    pdf.end();
  });
}
