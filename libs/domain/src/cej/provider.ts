/** The monthly return a CEJ provider writes for each young person it receives (seed 000). */
export enum CejMonthlyReturnStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}

export const CEJ_MONTHLY_RETURN_STATUS_LABELS: Record<CejMonthlyReturnStatus, string> = {
  [CejMonthlyReturnStatus.DRAFT]: 'Brouillon',
  [CejMonthlyReturnStatus.SUBMITTED]: 'Transmis',
};

/** The qualitative part of a return: what a counsellor expects to read. */
export const CEJ_MONTHLY_RETURN_TEXT_MAX = 4000;
