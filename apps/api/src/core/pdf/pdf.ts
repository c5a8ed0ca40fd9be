import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * The fonts every generated PDF uses: DejaVu Sans, embedded (subset) from the `dejavu-fonts-ttf` package. The 14
 * standard PDF fonts only know WinAnsi: they cannot draw the narrow no-break space that French number formatting
 * puts in "2 268,00 €" (it printed as a slash), nor "œ" or "…" reliably.
 */
export const PDF_FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold', italic: 'DejaVuSans-Oblique' } as const;

let fontFiles: Record<string, Buffer> | undefined;

function loadFonts(): Record<string, Buffer> {
  if (!fontFiles) {
    const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    fontFiles = Object.fromEntries(
      Object.values(PDF_FONT).map((name) => [name, readFileSync(join(dir, `${name}.ttf`))]),
    );
  }
  return fontFiles;
}

/** A new PDF document with the embedded fonts registered and selected, and the bytes once `doc.end()` is called. */
export function createPdf(options: PDFKit.PDFDocumentOptions): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument(options);
  for (const [name, file] of Object.entries(loadFonts())) doc.registerFont(name, file);
  doc.font(PDF_FONT.regular);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** A new page like the current one (same size, orientation and margins). */
export function addSamePage(doc: PDFKit.PDFDocument): void {
  const { size, layout, margins } = doc.page;
  doc.addPage({ size, layout: layout as 'portrait' | 'landscape', margins });
}

export interface PdfTableColumn {
  header: string;
  align?: 'left' | 'right' | 'center';
  /** Width in points below which the column never goes (a signature box). */
  minWidth?: number;
}

export interface PdfCellBox {
  row: number;
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfTable {
  columns: PdfTableColumn[];
  /** One string per column; long text wraps on words inside its cell. */
  rows: string[][];
  fontSize?: number;
  minRowHeight?: number;
  /** Left edge and width; the page's margins by default. */
  x?: number;
  width?: number;
  /** Draws extra content into a body cell after its text (a signature image). */
  drawCell?: (box: PdfCellBox) => void;
}

const PADDING = 4;
const HEADER_FILL = '#e9ecef';
const RULE_COLOR = '#6c757d';

/** Breaking opportunities are ordinary spaces only: no-break spaces keep "2 268,00 €" in one piece. */
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

const words = (text: string) => text.split(/[ \t\r\n]+/).filter(Boolean);

export interface PdfColumnLayout {
  widths: number[];
  /** True when the body cells do not fit on one line each (only headers wrap otherwise). */
  bodyWraps: boolean;
}

/**
 * Column widths from the measured text, like a browser's automatic table layout: every cell on one line if the
 * table fits; otherwise headers wrap on words first, then body cells, each column never narrower than its longest
 * word (or `minWidth`).
 */
export function layoutColumns(doc: PDFKit.PDFDocument, table: PdfTable, width: number): PdfColumnLayout {
  const size = table.fontSize ?? 9;
  const measured = new Map<string, number>();
  const measure = (text: string, bold: boolean) => {
    const key = `${bold ? 'b' : 'r'}${text}`;
    const known = measured.get(key);
    if (known !== undefined) return known;
    doc.font(bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(size);
    // pdfkit's line breaker measures a word with the space after it: that much slack, or the word is cut.
    const result = doc.widthOfString(`${text} `) + 1;
    measured.set(key, result);
    return result;
  };
  const longestWord = (text: string, bold: boolean) => Math.max(0, ...words(text).map((w) => measure(w, bold)));
  const natural: number[] = [];
  const bodyNatural: number[] = [];
  const minimum: number[] = [];
  table.columns.forEach((column, i) => {
    const cells = table.rows.map((row) => row[i] ?? '');
    const floor = column.minWidth ?? 0;
    const body = Math.max(0, ...cells.map((c) => measure(c, false)));
    const bodyMin = Math.max(0, ...cells.map((c) => longestWord(c, false)));
    const headerMin = longestWord(column.header, true);
    minimum.push(Math.max(floor, bodyMin + 2 * PADDING, headerMin + 2 * PADDING));
    bodyNatural.push(Math.max(minimum[i], body + 2 * PADDING));
    natural.push(Math.max(bodyNatural[i], measure(column.header, true) + 2 * PADDING));
  });
  doc.font(PDF_FONT.regular);
  // Between two stages of widths, the share of the room left that each column gets.
  const between = (from: number[], to: number[]) => {
    const room = width - sum(from);
    const wanted = sum(to) - sum(from);
    return from.map((f, i) => f + (wanted > 0 ? ((to[i] - f) * Math.min(room, wanted)) / wanted : 0));
  };
  if (sum(natural) <= width) {
    // Spare room goes to the text columns; figures stay tight against their headers.
    const text = table.columns.map((c) => (c.align ?? 'left') === 'left');
    const grows = text.some(Boolean) ? text : text.map(() => true);
    const total = sum(natural.filter((_, i) => grows[i]));
    const spare = width - sum(natural);
    return { widths: natural.map((n, i) => (grows[i] ? n + (spare * n) / total : n)), bodyWraps: false };
  }
  if (sum(bodyNatural) <= width) return { widths: between(bodyNatural, natural), bodyWraps: false };
  if (sum(minimum) <= width) return { widths: between(minimum, bodyNatural), bodyWraps: true };
  const scale = width / sum(minimum);
  return { widths: minimum.map((m) => m * scale), bodyWraps: true };
}

/**
 * Draws a table at the current position: a shaded header row repeated at the top of every page the table runs on,
 * cells framed, text wrapping on words. Leaves `doc.y` under the table, `doc.x` at its left edge.
 */
export function drawPdfTable(doc: PDFKit.PDFDocument, table: PdfTable): void {
  const size = table.fontSize ?? 9;
  const left = table.x ?? doc.page.margins.left;
  const width = table.width ?? doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const { widths } = layoutColumns(doc, table, width);
  const xs = widths.map((_, i) => left + sum(widths.slice(0, i)));
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  const rowHeight = (cells: string[], bold: boolean) => {
    doc.font(bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(size);
    const text = Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i] - 2 * PADDING })));
    return Math.max(text + 2 * PADDING, bold ? 0 : (table.minRowHeight ?? 0));
  };
  const drawRow = (cells: string[], y: number, height: number, bold: boolean, row: number) => {
    if (bold) doc.rect(left, y, width, height).fillColor(HEADER_FILL).fill();
    doc.lineWidth(0.5).strokeColor(RULE_COLOR);
    cells.forEach((_, i) => doc.rect(xs[i], y, widths[i], height).stroke());
    doc
      .fillColor('black')
      .font(bold ? PDF_FONT.bold : PDF_FONT.regular)
      .fontSize(size);
    cells.forEach((cell, i) => {
      doc.text(cell, xs[i] + PADDING, y + PADDING, {
        width: widths[i] - 2 * PADDING,
        align: table.columns[i].align ?? 'left',
        lineBreak: true,
      });
      if (!bold && table.drawCell) table.drawCell({ row, column: i, x: xs[i], y, width: widths[i], height });
    });
  };

  const headers = table.columns.map((c) => c.header);
  const headerHeight = rowHeight(headers, true);
  let y = doc.y;
  const header = () => {
    drawRow(headers, y, headerHeight, true, -1);
    y += headerHeight;
  };
  // The header never stays alone at the foot of a page.
  const first = table.rows.length ? rowHeight(table.rows[0], false) : 0;
  if (y + headerHeight + first > bottom()) {
    addSamePage(doc);
    y = doc.page.margins.top;
  }
  header();
  table.rows.forEach((cells, row) => {
    const height = rowHeight(cells, false);
    if (y + height > bottom()) {
      addSamePage(doc);
      y = doc.page.margins.top;
      header();
    }
    drawRow(cells, y, height, false, row);
    y += height;
  });
  doc.font(PDF_FONT.regular).fillColor('black').strokeColor('black').lineWidth(1);
  doc.x = left;
  doc.y = y + 6;
}
