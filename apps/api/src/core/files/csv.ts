/** A column of a CSV (or XLSX) export: its French header and how to read its value from a row. */
export interface ExportColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

const SEPARATOR = ';';

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'boolean'
      ? value
        ? 'Oui'
        : 'Non'
      : typeof value === 'number'
        ? String(value).replace('.', ',')
        : value;
  // Quote what would break the line or the columns; neutralise formulas a spreadsheet would run.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * CSV as French spreadsheets open it: UTF-8 with a BOM, ";" between columns, decimal commas, CRLF line ends,
 * booleans as Oui/Non.
 */
export function toCsv<T>(columns: readonly ExportColumn<T>[], rows: readonly T[]): string {
  const lines = [
    columns.map((c) => cell(c.header)).join(SEPARATOR),
    ...rows.map((row) => columns.map((c) => cell(c.value(row))).join(SEPARATOR)),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
