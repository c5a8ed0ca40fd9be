import { addDays, todayInParis } from '@passerelle/domain';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { errorCode, GqlResult, TestApp } from './support/test-app';
import { admitToPlie } from './support/plie-admission';

type Session = { token: string; structureId: string };
const today = todayInParis();
const day = (offset: number) => addDays(today, offset);

const ORIENT = `mutation($input: OrientParticipantInput!) { orientParticipant(input: $input) { id version } }`;
const ENTRY = `mutation($input: SendEntryLiaisonSheetInput!) { sendEntryLiaisonSheet(input: $input) { id } }`;
const CREATE_SESSION = `mutation($input: CreateSessionInput!) { createActivitySession(input: $input) { id maxParticipants minParticipants enrolledCount remainingPlaces belowMinimum } }`;
const ENROL = `mutation($input: EnrolInput!) { enrolInSession(input: $input) { id attendance } }`;
const ATTEND = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id attendance } }`;
const TIME = `mutation($input: RecordTimeEntryInput!) { recordTimeEntry(input: $input) { id minutes orientationIds notCountedReason } }`;
const PROPOSALS = `{ exitProposals(filter: { status: PENDING }) { totalCount edges { node { id reason status version orientation { id participant { lastName } } } } } }`;

describe('activities: sessions, capacity, attendance, exit proposals, interviews, time', () => {
  let t: TestApp;
  let lunelReferent: Session;
  let lunelCoordinator: Session;
  let cap: Session;
  let insertionPlus: Session;
  let lot1: string;
  let lot2: string;
  let amiensLot2: string;
  const orientations: string[] = [];

  async function ok<T = any>(result: Promise<GqlResult>): Promise<T> {
    const r = await result;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data!)[0] as T;
  }

  async function enteredParticipant(lastName: string, lotId: string, orientedOffset = -10): Promise<string> {
    const p = await ok(
      t.gql(
        `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
        { input: { lastName, firstName: 'Atelier', sex: 'FEMALE', birthDate: '1980-01-01' } },
        lunelReferent,
      ),
    );
    await admitToPlie(t.dataSource, p.id);
    const o = await ok(
      t.gql(ORIENT, { input: { participantId: p.id, lotId, orientedOn: day(orientedOffset) } }, lunelReferent),
    );
    await ok(
      t.gql(
        ENTRY,
        {
          input: {
            orientationId: o.id,
            version: o.version,
            entered: true,
            startedOn: day(orientedOffset + 1),
            fseEntry: { employmentStatus: 'UNEMPLOYED' },
          },
        },
        cap,
      ),
    );
    return o.id;
  }

  beforeAll(async () => {
    // The outbox relay polls the database every second; slowed here so that the N+1 counts measure requests only.
    t = await TestApp.start({ env: { OUTBOX_POLL_MS: '60000' } });
    lunelReferent = await t.login('referente@plie-lunel.test');
    lunelCoordinator = await t.login('coordination@plie-lunel.test');
    cap = await t.login('prestataire@cap-competences.test');
    insertionPlus = await t.login('prestataire@insertion-plus.test');
    const lots = await t.dataSource.query(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'AO-LEVEE%' ORDER BY l.number`,
    );
    [lot1, lot2] = lots.map((l: any) => l.id);
    [{ id: amiensLot2 }] = await t.dataSource.query(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'MAPA-PLIE%' AND l.number = 2`,
    );
    for (const name of ['Un', 'Deux', 'Trois', 'Quatre', 'Cinq', 'Six', 'Sept', 'Huit'])
      orientations.push(await enteredParticipant(name, lot1));
  });
  afterAll(() => t.close());

  it('plans sessions with the lot’s group size and refuses enrolments beyond capacity, even at once', async () => {
    const session = await ok(
      t.gql(
        CREATE_SESSION,
        {
          input: {
            lotId: lot1,
            kind: 'WORKSHOP',
            title: 'Estime de soi',
            date: day(-1),
            startTime: '09:30',
            durationMinutes: 180,
            place: 'Lunel',
            facilitator: 'Claire Martin',
          },
        },
        cap,
      ),
    );
    expect(session).toMatchObject({
      maxParticipants: 7,
      minParticipants: 4,
      enrolledCount: 0,
      remainingPlaces: 7,
      belowMinimum: true,
    });
    const tooBig = await t.gql(
      CREATE_SESSION,
      {
        input: {
          lotId: lot1,
          kind: 'WORKSHOP',
          title: 'x',
          date: day(1),
          startTime: '09:30',
          durationMinutes: 180,
          place: 'Lunel',
          facilitator: 'C',
          maxParticipants: 9,
        },
      },
      cap,
    );
    expect(tooBig.errors![0].extensions.fields).toEqual({
      maxParticipants: 'Le lot prévoit 7 participants au plus par groupe.',
    });
    expect(
      errorCode(
        await t.gql(
          CREATE_SESSION,
          {
            input: {
              lotId: lot1,
              kind: 'WORKSHOP',
              title: 'x',
              date: day(1),
              startTime: '09:30',
              durationMinutes: 60,
              place: 'L',
              facilitator: 'C',
            },
          },
          lunelCoordinator,
        ),
      ),
    ).toBe('FORBIDDEN');

    for (const orientationId of orientations.slice(0, 6))
      await ok(t.gql(ENROL, { input: { sessionId: session.id, orientationId } }, cap));
    // Two enrolments race for the last place: the session row is locked, exactly one wins.
    const race = await Promise.all(
      orientations
        .slice(6, 8)
        .map((orientationId) => t.gql(ENROL, { input: { sessionId: session.id, orientationId } }, cap)),
    );
    expect(race.filter((r) => !r.errors)).toHaveLength(1);
    const refused = race.find((r) => r.errors)!;
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SESSION_FULL',
      maxParticipants: 7,
    });
    expect(refused.errors![0].message).toBe('La séance est complète (7 places au plus).');
    const after = await ok(
      t.gql(
        `query($id: ID!) { activitySession(id: $id) { enrolledCount remainingPlaces belowMinimum enrolments { participant { lastName } } } }`,
        { id: session.id },
        lunelCoordinator,
      ),
    );
    expect(after).toMatchObject({ enrolledCount: 7, remainingPlaces: 0, belowMinimum: false });
  });

  it('raises an exit proposal after 2 consecutive unexcused absences, for the operator to decide', async () => {
    const [target] = orientations;
    const sessions = [];
    for (const offset of [-6, -4, -2]) {
      const s = await ok(
        t.gql(
          CREATE_SESSION,
          {
            input: {
              lotId: lot1,
              kind: 'WORKSHOP',
              title: `Atelier J${offset}`,
              date: day(offset),
              startTime: '14:00',
              durationMinutes: 180,
              place: 'Mauguio',
              facilitator: 'Claire Martin',
            },
          },
          cap,
        ),
      );
      const e = await ok(t.gql(ENROL, { input: { sessionId: s.id, orientationId: target } }, cap));
      sessions.push({ id: s.id, enrolmentId: e.id });
    }
    await ok(
      t.gql(
        ATTEND,
        {
          input: {
            sessionId: sessions[0].id,
            entries: [{ enrolmentId: sessions[0].enrolmentId, status: 'UNEXCUSED_ABSENCE' }],
          },
        },
        cap,
      ),
    );
    await ok(
      t.gql(
        ATTEND,
        {
          input: {
            sessionId: sessions[1].id,
            entries: [{ enrolmentId: sessions[1].enrolmentId, status: 'EXCUSED_ABSENCE' }],
          },
        },
        cap,
      ),
    );
    expect((await ok(t.gql(PROPOSALS, {}, lunelReferent))).totalCount).toBe(0);
    await ok(
      t.gql(
        ATTEND,
        {
          input: {
            sessionId: sessions[1].id,
            entries: [{ enrolmentId: sessions[1].enrolmentId, status: 'UNEXCUSED_ABSENCE' }],
          },
        },
        cap,
      ),
    );
    const pending = await ok(t.gql(PROPOSALS, {}, lunelReferent));
    expect(pending.totalCount).toBe(1);
    expect(pending.edges[0].node).toMatchObject({
      reason: 'CONSECUTIVE_UNEXCUSED_ABSENCES',
      status: 'PENDING',
      orientation: { id: target, participant: { lastName: 'Un' } },
    });
    // Never an automatic exit: the orientation is still running.
    expect((await ok(t.gql(`query($id: ID!) { orientation(id: $id) { status } }`, { id: target }, cap))).status).toBe(
      'ENTERED',
    );
    // The provider sees it too, but the decision belongs to the operator.
    const proposal = pending.edges[0].node;
    expect((await ok(t.gql(PROPOSALS, {}, cap))).totalCount).toBe(1);
    expect(
      errorCode(
        await t.gql(
          `mutation($input: DecideExitProposalInput!) { decideExitProposal(input: $input) { id } }`,
          { input: { id: proposal.id, version: proposal.version, accept: true } },
          cap,
        ),
      ),
    ).toBe('FORBIDDEN');
    const decided = await ok(
      t.gql(
        `mutation($input: DecideExitProposalInput!) { decideExitProposal(input: $input) { status decidedOn orientation { status exitReason exitSheet { dueOn status } } } }`,
        { input: { id: proposal.id, version: proposal.version, accept: true } },
        lunelReferent,
      ),
    );
    expect(decided).toMatchObject({
      status: 'ACCEPTED',
      decidedOn: today,
      orientation: { status: 'EXITED', exitReason: 'LOST_CONTACT', exitSheet: { dueOn: day(15), status: 'PENDING' } },
    });
  });

  it('raises an exit proposal after 2 unanswered reminders, and a dismissed one is not raised again', async () => {
    const target = orientations[1];
    const REMIND = `mutation($input: RecordReminderInput!) { recordActionReminder(input: $input) { id answered } }`;
    await ok(t.gql(REMIND, { input: { orientationId: target, date: day(-3), mode: 'PHONE' } }, cap));
    await ok(t.gql(REMIND, { input: { orientationId: target, date: day(-2), mode: 'SMS', answered: true } }, cap));
    await ok(t.gql(REMIND, { input: { orientationId: target, date: day(-1), mode: 'PHONE' } }, cap));
    expect((await ok(t.gql(PROPOSALS, {}, lunelReferent))).totalCount).toBe(0);
    await ok(t.gql(REMIND, { input: { orientationId: target, date: day(0), mode: 'LETTER' } }, cap));
    const pending = await ok(t.gql(PROPOSALS, {}, lunelReferent));
    expect(pending.edges.map((e: any) => [e.node.reason, e.node.orientation.id])).toEqual([
      ['UNANSWERED_REMINDERS', target],
    ]);
    const proposal = pending.edges[0].node;
    await ok(
      t.gql(
        `mutation($input: DecideExitProposalInput!) { decideExitProposal(input: $input) { status } }`,
        { input: { id: proposal.id, version: proposal.version, accept: false, note: 'Joint par la référente' } },
        lunelCoordinator,
      ),
    );
    await ok(t.gql(REMIND, { input: { orientationId: target, date: day(-1), mode: 'PHONE' } }, cap));
    expect((await ok(t.gql(PROPOSALS, {}, lunelReferent))).totalCount).toBe(0);
  });

  it('refuses attendance changes once the sheet is frozen', async () => {
    const s = await ok(
      t.gql(
        CREATE_SESSION,
        {
          input: {
            lotId: lot1,
            kind: 'INFORMATION_SESSION',
            title: 'Information collective',
            date: day(-1),
            startTime: '10:00',
            durationMinutes: 90,
            place: 'Lunel',
            facilitator: 'Claire Martin',
          },
        },
        cap,
      ),
    );
    const e = await ok(t.gql(ENROL, { input: { sessionId: s.id, orientationId: orientations[2] } }, cap));
    await ok(t.gql(ATTEND, { input: { sessionId: s.id, entries: [{ enrolmentId: e.id, status: 'PRESENT' }] } }, cap));
    await t.dataSource.query(`UPDATE activity_sessions SET "sheetFrozenAt" = now() WHERE id = $1`, [s.id]);
    const frozen = await t.gql(
      ATTEND,
      { input: { sessionId: s.id, entries: [{ enrolmentId: e.id, status: 'UNEXCUSED_ABSENCE' }] } },
      cap,
    );
    expect(frozen.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ATTENDANCE_SHEET_FROZEN' });
    expect(errorCode(await t.gql(ENROL, { input: { sessionId: s.id, orientationId: orientations[3] } }, cap))).toBe(
      'CONFLICT',
    );
  });

  it('keeps to the lot’s interview length and permanent-entry rule', async () => {
    const tooLong = await t.gql(
      `mutation($input: RecordInterviewInput!) { recordInterview(input: $input) { id } }`,
      { input: { orientationId: orientations[2], date: day(-1), durationMinutes: 60, kind: 'PSYCHOSOCIAL_SUPPORT' } },
      cap,
    );
    expect(tooLong.errors![0].extensions.fields).toEqual({
      durationMinutes: 'Le lot prévoit des entretiens de 45 minutes au plus.',
    });
    const interview = await ok(
      t.gql(
        `mutation($input: RecordInterviewInput!) { recordInterview(input: $input) { id durationMinutes counted } }`,
        {
          input: {
            orientationId: orientations[2],
            date: day(-1),
            durationMinutes: 45,
            kind: 'PSYCHOSOCIAL_SUPPORT',
            summary: 'Point sur le sommeil',
          },
        },
        cap,
      ),
    );
    expect(interview).toMatchObject({ durationMinutes: 45, counted: false });

    const first = await ok(
      t.gql(
        CREATE_SESSION,
        {
          input: {
            lotId: lot1,
            kind: 'WORKSHOP',
            title: 'Cycle 2 – atelier 1',
            date: day(-5),
            startTime: '09:00',
            durationMinutes: 180,
            place: 'Lunel',
            facilitator: 'C',
            cycleNumber: 2,
          },
        },
        cap,
      ),
    );
    const second = await ok(
      t.gql(
        CREATE_SESSION,
        {
          input: {
            lotId: lot1,
            kind: 'WORKSHOP',
            title: 'Cycle 2 – atelier 2',
            date: day(2),
            startTime: '09:00',
            durationMinutes: 180,
            place: 'Lunel',
            facilitator: 'C',
            cycleNumber: 2,
          },
        },
        cap,
      ),
    );
    await ok(t.gql(ENROL, { input: { sessionId: first.id, orientationId: orientations[4] } }, cap));
    await ok(t.gql(ENROL, { input: { sessionId: second.id, orientationId: orientations[4] } }, cap));
    const late = await t.gql(ENROL, { input: { sessionId: second.id, orientationId: orientations[5] } }, cap);
    expect(late.errors![0].extensions.fields).toEqual({
      sessionId: 'Ce lot ne prévoit pas d’entrées permanentes : inscrivez la personne dès le premier atelier du cycle.',
    });
    // Lot 2 has permanent entry and exit.
    const o = await enteredParticipant('Permanente', lot2);
    const c1 = await ok(
      t.gql(
        CREATE_SESSION,
        {
          input: {
            lotId: lot2,
            kind: 'WORKSHOP',
            title: 'Confiance 1',
            date: day(-5),
            startTime: '09:00',
            durationMinutes: 120,
            place: 'Lunel',
            facilitator: 'C',
            cycleNumber: 1,
            maxParticipants: 12,
          },
        },
        cap,
      ),
    );
    const c2 = await ok(
      t.gql(
        CREATE_SESSION,
        {
          input: {
            lotId: lot2,
            kind: 'WORKSHOP',
            title: 'Confiance 2',
            date: day(2),
            startTime: '09:00',
            durationMinutes: 120,
            place: 'Lunel',
            facilitator: 'C',
            cycleNumber: 1,
            maxParticipants: 12,
          },
        },
        cap,
      ),
    );
    expect(c1.id).toBeDefined();
    await ok(t.gql(ENROL, { input: { sessionId: c2.id, orientationId: o } }, cap));
  });

  it('records staff time on a lot the structure delivers only, and tells which time counts', async () => {
    // Insertion Plus bid for Lunel's lot 1 and lost: it knows the lot, and is told why it may not work on it.
    const refused = await t.gql(
      TIME,
      { input: { lotId: lot1, date: day(-1), kind: 'PREPARATION', minutes: 60, description: 'Préparation' } },
      insertionPlus,
    );
    expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'LOT_NOT_AWARDED' });
    expect(refused.errors![0].message).toBe(
      'Ce lot n’est pas attribué à votre structure : vous ne pouvez pas y intervenir.',
    );
    // A lot it never bid for is answered as if it did not exist.
    expect(
      errorCode(
        await t.gql(
          TIME,
          { input: { lotId: amiensLot2, date: day(-1), kind: 'PREPARATION', minutes: 60, description: 'Préparation' } },
          insertionPlus,
        ),
      ),
    ).toBe('NOT_FOUND');
    const [{ id: amiensLot3 }] = await t.dataSource.query(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'MAPA-PLIE%' AND l.number = 3`,
    );
    const untied = await ok(
      t.gql(
        TIME,
        {
          input: {
            lotId: amiensLot3,
            date: day(-1),
            kind: 'COORDINATION',
            minutes: 90,
            description: 'Réunion d’équipe',
          },
        },
        insertionPlus,
      ),
    );
    expect(untied.notCountedReason).toBe('Le lot ne compte que le temps lié à ses participants.');
    const faceToFace = await t.gql(
      TIME,
      { input: { lotId: lot1, date: day(-1), kind: 'FACE_TO_FACE', minutes: 45, description: 'Entretien' } },
      cap,
    );
    expect(faceToFace.errors![0].extensions.fields).toEqual({
      orientationIds: 'Un temps de face à face se rattache aux participants rencontrés.',
    });
    const tied = await ok(
      t.gql(
        TIME,
        {
          input: {
            lotId: lot1,
            date: day(-1),
            kind: 'PREPARATION',
            minutes: 30,
            description: 'Préparation de l’atelier',
            orientationIds: [orientations[2]],
          },
        },
        cap,
      ),
    );
    expect(tied).toMatchObject({ orientationIds: [orientations[2]], notCountedReason: 'Aucun justificatif rattaché.' });
    const entries = await ok(t.gql(`{ timeEntries { totalCount } }`, {}, lunelCoordinator));
    expect(entries.totalCount).toBe(1);
  });

  it('flags interviews beyond the lot’s maximum and late months of psychosocial support (seed 002, lot 1)', async () => {
    const orientationId = await enteredParticipant('Entretiens', lot1, -80);
    const interview = (date: string, kind: string) =>
      ok(
        t.gql(
          `mutation($input: RecordInterviewInput!) { recordInterview(input: $input) { id } }`,
          { input: { orientationId, date, durationMinutes: 45, kind } },
          cap,
        ),
      );
    const FOLLOW = `query($id: ID!) { orientation(id: $id) { interviewFollowUp { counted limit beyondLimit psychosocialMonths { month interviews late } } } }`;
    for (let i = 0; i < 5; i++) await interview(day(-60 + i), 'FOLLOW_UP');
    await interview(day(-70), 'PSYCHOSOCIAL_SUPPORT');
    await interview(day(-70), 'PSYCHOSOCIAL_SUPPORT');
    const within = (await ok(t.gql(FOLLOW, { id: orientationId }, lunelReferent))).interviewFollowUp;
    expect(within).toMatchObject({ counted: 5, limit: 5, beyondLimit: 0 });
    // Two psychosocial interviews the first month, then none: every finished month since is late, not the current one.
    const months: { month: string; interviews: number; late: boolean }[] = [];
    for (let month = day(-70).slice(0, 7); month <= today.slice(0, 7);) {
      months.push({
        month,
        interviews: months.length === 0 ? 2 : 0,
        late: months.length > 0 && month < today.slice(0, 7),
      });
      const [y, m] = month.split('-').map(Number);
      month = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    }
    expect(months.filter((m) => m.late).length).toBeGreaterThanOrEqual(1);
    expect(within.psychosocialMonths).toEqual(months);
    await interview(day(-50), 'FOLLOW_UP');
    const beyond = (await ok(t.gql(FOLLOW, { id: orientationId }, cap))).interviewFollowUp;
    expect(beyond).toMatchObject({ counted: 6, limit: 5, beyondLimit: 1 });
  });

  it('refuses a staff member’s time beyond 24 hours on one day, naming the day and the total', async () => {
    const date = day(-9);
    const entry = (minutes: number) => ({
      input: { lotId: lot1, date, kind: 'COORDINATION', minutes, description: 'Coordination' },
    });
    const dayTotal = async () => {
      const [{ total }] = await t.dataSource.query(
        `SELECT coalesce(sum(e.minutes), 0)::int AS total FROM time_entries e JOIN users u ON u.id = e."userId" WHERE u.email = 'prestataire@cap-competences.test' AND e.date = $1`,
        [date],
      );
      return total as number;
    };
    for (let left = 24 * 60 - (await dayTotal()); left > 0; left -= 720)
      await ok(t.gql(TIME, entry(Math.min(left, 720)), cap));
    expect(await dayTotal()).toBe(24 * 60);
    const refused = await t.gql(TIME, entry(15), cap);
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        minutes: `Vos temps saisis le ${date.split('-').reverse().join('/')} totaliseraient 24 h 15 : une journée ne compte que 24 heures.`,
      },
    });
    expect(await dayTotal()).toBe(24 * 60);
    // Another staff member's day is their own.
    const [{ id: amiensLot3 }] = await t.dataSource.query(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'MAPA-PLIE%' AND l.number = 3`,
    );
    await ok(
      t.gql(
        TIME,
        { input: { lotId: amiensLot3, date, kind: 'COORDINATION', minutes: 60, description: 'Réunion' } },
        insertionPlus,
      ),
    );
  });

  it('resolves nested fields in batches: as many queries for 8 orientations or sessions as for 2 (no N+1)', async () => {
    const NESTED = `query($first: Int) {
      orientations(first: $first) { edges { node { status late entrySheet { status } participant { lastName } provider { name } lot { number market { reference criteria { weight } } }
        liaisonSheets { kind fseQuestionnaire { employmentStatus } } interviews { durationMinutes proof { sha256 } } reminders { answered } exitProposals { status }
        enrolments { attendance session { title } participant { firstName } } immersions { hostName } assessments { kind } } } }
      activitySessions(first: $first) { edges { node { title enrolledCount remainingPlaces belowMinimum sheetProof { sha256 } lot { number } enrolments { participant { lastName } } } } } }`;
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    const countFor = async (first: number) => {
      spy.mockClear();
      const result = await t.gql(NESTED, { first }, cap);
      expect(result.errors).toBeUndefined();
      expect(result.data!.orientations.edges).toHaveLength(first);
      expect(result.data!.activitySessions.edges).toHaveLength(first);
      return spy.mock.calls.length;
    };
    try {
      const few = await countFor(2);
      const many = await countFor(8);
      // One query of slack: in-process workers (reminders) may touch the database during the measure.
      expect(many).toBeLessThanOrEqual(few + 1);
      expect(many).toBeLessThan(40);
    } finally {
      spy.mockRestore();
    }
  });
});
