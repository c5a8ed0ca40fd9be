import { downloadFile as download } from '../../lib/download';

/** The action booklet, a PDF for the young person. */
export const downloadBookletPdf = (contractId: string) =>
  download(`/files/cej/${encodeURIComponent(contractId)}/booklet.pdf`, 'livret-actions.pdf');

/** The final evaluation table, per theme (XLSX). */
export const downloadFinalEvaluation = (contractId: string) =>
  download(`/files/cej/${encodeURIComponent(contractId)}/final-evaluation.xlsx`, 'evaluation-finale.xlsx');

/** The monthly table of the digital path (seed 004), the operator's side (XLSX). */
export const downloadDigitalMonthly = (month: string) =>
  download(
    `/files/cej/digital-monthly.xlsx?month=${encodeURIComponent(month)}`,
    `parcours-numerique-${month.slice(0, 7)}.xlsx`,
  );

/** The same table for a provider's lot: the young people it receives, its workshops (XLSX). */
export const downloadProviderDigitalMonthly = (lotId: string, month: string) =>
  download(
    `/files/cej/provider/lots/${encodeURIComponent(lotId)}/digital-monthly.xlsx?month=${encodeURIComponent(month)}`,
    `parcours-numerique-lot-${month.slice(0, 7)}.xlsx`,
  );
