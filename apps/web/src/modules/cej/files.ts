import { authorizedFetch } from '../activities/files';

/** Downloads a file of the API's REST paths (bearer token and structure sent), under the given name. */
async function download(path: string, name: string): Promise<void> {
  const response = await authorizedFetch(path);
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The action booklet, a PDF for the young person. */
export const downloadBookletPdf = (contractId: string) =>
  download(`/files/cej/${encodeURIComponent(contractId)}/booklet.pdf`, 'livret-actions.pdf');

/** The final evaluation table, per theme (XLSX). */
export const downloadFinalEvaluation = (contractId: string) =>
  download(`/files/cej/${encodeURIComponent(contractId)}/final-evaluation.xlsx`, 'evaluation-finale.xlsx');
