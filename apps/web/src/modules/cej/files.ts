import { downloadFile as download } from '../../lib/download';

/** The action booklet, a PDF for the young person. */
export const downloadBookletPdf = (contractId: string) =>
  download(`/files/cej/${encodeURIComponent(contractId)}/booklet.pdf`, 'livret-actions.pdf');

/** The final evaluation table, per theme (XLSX). */
export const downloadFinalEvaluation = (contractId: string) =>
  download(`/files/cej/${encodeURIComponent(contractId)}/final-evaluation.xlsx`, 'evaluation-finale.xlsx');
