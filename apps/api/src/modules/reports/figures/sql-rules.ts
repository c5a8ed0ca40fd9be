import { AGE_BANDS, FollowUpKind } from '@passerelle/domain';

/**
 * The domain's age bands as an SQL expression: the band of a person born on `birth` on the day `day`.
 * Built from `AGE_BANDS`, so that SQL and the pure rule cannot disagree.
 */
export function ageBandSql(birth: string, day: string): string {
  const age = `date_part('year', age(${day}, ${birth}))`;
  const cases = [...AGE_BANDS].reverse().map(({ band, from }) => `WHEN ${age} >= ${from} THEN '${band}'`);
  return `(CASE ${cases.join(' ')} END)`;
}

/** A real contact in the follow-up log (mirrors the domain's `isContact`), for a row aliased `alias`. */
export function contactSql(alias: string): string {
  return `(${alias}.kind = '${FollowUpKind.INTERVIEW}'
    OR (${alias}.kind = '${FollowUpKind.REMINDER}' AND ${alias}.answered IS TRUE)
    OR (${alias}.kind = '${FollowUpKind.COLLECTIVE_MEETING}' AND ${alias}.attended IS DISTINCT FROM FALSE))`;
}
