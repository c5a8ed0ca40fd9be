import ExcelJS from 'exceljs';
import { ExportColumn } from '../../../core/files/csv';

/** A one-sheet XLSX of a list, with the same columns (French headers) as its CSV; booleans as Oui/Non. */
export async function listXlsx<T>(
  sheetName: string,
  columns: readonly ExportColumn<T>[],
  rows: readonly T[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Passerelle';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      columns.map((c) => {
        const value = c.value(row);
        return typeof value === 'boolean' ? (value ? 'Oui' : 'Non') : (value ?? null);
      }),
    );
  }
  columns.forEach((c, i) => (sheet.getColumn(i + 1).width = Math.min(40, Math.max(12, c.header.length + 2))));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
