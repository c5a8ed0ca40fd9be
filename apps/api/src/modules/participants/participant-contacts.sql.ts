import { CejActionKind, CejActionOutcome, FollowUpKind } from '@passerelle/domain';

/**
 * The last real contact with each of a batch of participants, whatever the programme: a PLIE interview, answered
 * reminder or attended meeting; a CEJ interview or workshop done (or partly done), or the contract's signature; a
 * Mission Locale contact. NULL when there has been none.
 */
export const LAST_CONTACT_SQL = `
  SELECT ids.id AS "participantId", GREATEST(
    (SELECT max(f.date) FROM plie_follow_ups f JOIN plie_paths pp ON pp.id = f."pathId"
      WHERE pp."participantId" = ids.id AND (f.kind = '${FollowUpKind.INTERVIEW}'
        OR (f.kind = '${FollowUpKind.REMINDER}' AND f.answered IS TRUE)
        OR (f.kind = '${FollowUpKind.COLLECTIVE_MEETING}' AND f.attended IS DISTINCT FROM FALSE))),
    (SELECT max(a.date) FROM cej_actions a JOIN cej_contracts c ON c.id = a."contractId"
      WHERE c."participantId" = ids.id
        AND a.outcome IN ('${CejActionOutcome.DONE}', '${CejActionOutcome.PARTLY_DONE}')
        AND a.kind IN ('${CejActionKind.INTERVIEW}', '${CejActionKind.WORKSHOP}')),
    (SELECT max(c."signedOn") FROM cej_contracts c WHERE c."participantId" = ids.id),
    (SELECT max(m.date) FROM ml_contacts m WHERE m."participantId" = ids.id)
  )::text AS "lastContactOn"
  FROM unnest($1::uuid[]) AS ids(id)`;
