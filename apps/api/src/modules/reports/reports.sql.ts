import { EDITABLE_REPORT_STATUSES } from '@passerelle/domain';
import { sqlList } from '../../core/database/sql';

/** Reports still being written, due on or before $3 (overdue when before $2, today). $1 structure. */
export const REPORTS_DUE_SQL = `SELECT id, title, "dueOn"::text AS "dueOn", "dueOn" < $2::date AS overdue FROM reports
       WHERE "structureId" = $1 AND status IN (${sqlList(EDITABLE_REPORT_STATUSES)}) AND "dueOn" <= $3::date ORDER BY "dueOn", id`;
