import { pdfPageCount, pdfToText, plainSpaces } from '../../../test/support/pdf';
import { createPdf, drawPdfTable, layoutColumns, PDF_FONT, PdfTable } from './pdf';

const LONG_LABEL = 'MAPA-PLIE-2026 – lot 1 – File active d’au moins 100 participants résidant sur Amiens Métropole';
const INDICATORS: PdfTable = {
  columns: [
    { header: 'Libellé' },
    ...[
      'Valeur réalisée',
      'Cible',
      'Taux de réalisation (%)',
      'Montant payable (€)',
      'Projection fin de période',
      'Unités sans preuve (non comptées)',
    ].map((header) => ({ header, align: 'right' as const })),
  ],
  rows: [[LONG_LABEL, '0', '100', '0', '2\u202f268,00\u00a0€', '0', '0']],
};
const PORTRAIT = 595.28 - 100;
const LANDSCAPE = 841.89 - 100;

function measure(doc: PDFKit.PDFDocument, text: string, bold = false) {
  doc.font(bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(9);
  return doc.widthOfString(text);
}

describe('PDF tables laid out from their content', () => {
  it('keeps every cell of a table that fits on one line, the label column the widest', () => {
    const { doc } = createPdf({ size: 'A4' });
    const table: PdfTable = {
      columns: [{ header: 'Libellé' }, { header: 'Nombre', align: 'right' }],
      rows: [
        ['Participants accompagnés sur la période', '3'],
        ['Montant payable', '2\u202f268,00\u00a0€'],
      ],
    };
    const { widths, bodyWraps } = layoutColumns(doc, table, PORTRAIT);
    expect(bodyWraps).toBe(false);
    expect(widths.reduce((a, b) => a + b)).toBeCloseTo(PORTRAIT);
    expect(widths[0]).toBeGreaterThan(measure(doc, 'Participants accompagnés sur la période') + 8);
    expect(widths[1]).toBeGreaterThan(measure(doc, '2\u202f268,00\u00a0€') + 8);
  });

  it('wraps headers on words before labels, and never splits a word or an amount', () => {
    const { doc } = createPdf({ size: 'A4' });
    for (const width of [PORTRAIT, LANDSCAPE]) {
      const { widths } = layoutColumns(doc, INDICATORS, width);
      INDICATORS.columns.forEach((column, i) => {
        const longest = Math.max(...column.header.split(' ').map((w) => measure(doc, w, true)));
        expect(widths[i] - 8).toBeGreaterThanOrEqual(longest);
      });
      expect(widths[4] - 8).toBeGreaterThanOrEqual(measure(doc, '2\u202f268,00\u00a0€'));
      // The bug this replaces: a label column 9 to 15 pt wide, one letter per line.
      expect(widths[0]).toBeGreaterThan(width === PORTRAIT ? 120 : 380);
    }
  });

  it('draws the wide table with no word cut, on a portrait and on a landscape page', async () => {
    for (const layout of ['portrait', 'landscape'] as const) {
      const { doc, done } = createPdf({ size: 'A4', layout, margin: 50 });
      drawPdfTable(doc, INDICATORS);
      doc.end();
      const words = plainSpaces(pdfToText(await done)).split(/\s+/);
      for (const word of ['réalisée', 'réalisation', 'payable', 'Projection', 'période', 'comptées)', 'participants'])
        expect(words).toContain(word);
      expect(words.join(' ')).toContain('2 268,00 €');
    }
  });

  it('repeats the header row on every page a long table runs on, amounts drawn with their spaces', async () => {
    const { doc, done } = createPdf({ size: 'A4', margin: 50 });
    drawPdfTable(doc, {
      columns: [{ header: 'Indicateur suivi' }, { header: 'Montant payable (€)', align: 'right' }],
      rows: Array.from({ length: 150 }, (_, i) => [`Ligne ${i + 1} de l’indicateur`, '2\u202f268,00\u00a0€']),
    });
    doc.end();
    const pdf = await done;
    const text = plainSpaces(pdfToText(pdf));
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(6);
    expect(text.match(/Indicateur suivi +Montant payable \(€\)/g)).toHaveLength(pages);
    expect(text).toMatch(/Ligne 150 de l’indicateur +2 268,00 €/);
    expect(text).not.toContain('/');
  });
});
