import { addDays, addMonths, todayInParis } from '@passerelle/domain';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { errorCode, GqlResult, TestApp } from './support/test-app';

const PATH = `id status statusChangedOn admittedOn followUpEndsOn version fseExitMissing withoutContact lastContactOn
  exit { date reason positive comment fseResults fseRecordedOn }
  transitions { fromStatus toStatus effectiveOn trigger reason }`;
const GET_PATH = `query($id: ID!) { pliePath(id: $id) { ${PATH} steps { kind lastingJob } obstacles { kind status } diagnoses { summary } followUps { kind answered } committeeFiles { decision reason } } }`;
const PROPOSE = `mutation($input: ProposePliePathInput!) { proposePliePath(input: $input) { id version } }`;
const CREATE_COMMITTEE = `mutation($input: CreateApprovalCommitteeInput!) { createApprovalCommittee(input: $input) { id date title } }`;
const PRESENT = `mutation($input: PresentToCommitteeInput!) { presentToCommittee(input: $input) { id decision path { status } } }`;
const DECIDE = `mutation($input: DecideCommitteeFileInput!) { decideCommitteeFile(input: $input) { id decision reason decidedAt path { ${PATH} } } }`;
const MOVE = `mutation($input: MoveCommitteeFileInput!) { moveCommitteeFile(input: $input) { id decision committee { id date } path { status } } }`;
const ADD_STEP = `mutation($input: AddPathStepInput!) { addPathStep(input: $input) { id kind lastingJob version path { ${PATH} } } }`;
const UPDATE_STEP = `mutation($input: UpdatePathStepInput!) { updatePathStep(input: $input) { id lastingJob outcome version path { status followUpEndsOn } } }`;
const FOLLOW_UP = `mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id kind answered attended version } }`;
const UPDATE_FOLLOW_UP = `mutation($input: UpdateFollowUpInput!) { updateFollowUp(input: $input) { id answered version } }`;
const EXIT = `mutation($input: ExitPliePathInput!) { exitPliePath(input: $input) { ${PATH} } }`;
const FSE_EXIT = `mutation($input: RecordFseExitInput!) { recordFseExit(input: $input) { ${PATH} } }`;
const REOPEN = `mutation($input: ReopenPliePathInput!) { reopenPliePath(input: $input) { ${PATH} } }`;
const PORTFOLIO = `query($weeks: Int, $first: Int, $after: String) { myPortfolio(noContactWeeks: $weeks, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { alerts urgency lastContactOn path { id status participant { lastName } } } } } }`;

type Session = { token: string; structureId: string };
const today = todayInParis();
const day = (offset: number) => addDays(today, offset);

describe('PLIE parcours, from approval to exit', () => {
  let t: TestApp;
  let referent: Session;
  let coordinator: Session;
  let controller: Session;
  let lunel: Session;
  let referentId: string;
  let pastCommittee: string;

  async function ok<T = any>(result: Promise<GqlResult>): Promise<T> {
    const r = await result;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data!)[0] as T;
  }

  async function participant(lastName: string, referentUserId = referentId): Promise<string> {
    return (
      await ok(
        t.gql(
          `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
          { input: { lastName, firstName: 'Parcours', sex: 'FEMALE', birthDate: '1972-03-08', referentUserId } },
          coordinator,
        ),
      )
    ).id;
  }

  async function propose(participantId: string, orientedOn = day(-60)): Promise<string> {
    return (await ok(t.gql(PROPOSE, { input: { participantId, prescriber: 'France Travail', orientedOn } }, referent)))
      .id;
  }

  /** Proposed, presented and admitted: an ACTIVE path. */
  async function admitted(
    lastName: string,
    referentUserId = referentId,
  ): Promise<{ id: string; version: number; participantId: string }> {
    const participantId = await participant(lastName, referentUserId);
    const pathId = await propose(participantId);
    const file = await ok(t.gql(PRESENT, { input: { pathId, committeeId: pastCommittee } }, referent));
    const decided = await ok(t.gql(DECIDE, { input: { fileId: file.id, decision: 'ADMITTED' } }, coordinator));
    return { id: pathId, version: decided.path.version, participantId };
  }

  beforeAll(async () => {
    // The outbox relay polls the database every second; slowed here so that the N+1 counts measure requests only.
    t = await TestApp.start({ env: { OUTBOX_POLL_MS: '60000' } });
    referent = await t.login('referent@mlife-amiens.test');
    coordinator = await t.login('coordination@mlife-amiens.test');
    controller = await t.login('controle@dreets.test');
    lunel = await t.login('referente@plie-lunel.test');
    [{ id: referentId }] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'referent@mlife-amiens.test'`);
    pastCommittee = (
      await ok(
        t.gql(
          CREATE_COMMITTEE,
          { input: { date: day(-30), title: 'Comité d’agrément', location: 'MLIFE, Amiens' } },
          coordinator,
        ),
      )
    ).id;
  });
  afterAll(() => t.close());

  describe('approval committee', () => {
    it('is scheduled by the coordination only, with French messages', async () => {
      expect(errorCode(await t.gql(CREATE_COMMITTEE, { input: { date: day(7), title: 'Comité' } }, referent))).toBe(
        'FORBIDDEN',
      );
      const bad = await t.gql(CREATE_COMMITTEE, { input: { date: '2025-02-30', title: ' ' } }, coordinator);
      expect(bad.errors![0].extensions.fields).toEqual({ date: 'Date invalide (format AAAA-MM-JJ attendu).' });
      const empty = await t.gql(CREATE_COMMITTEE, { input: { date: day(7), title: '' } }, coordinator);
      expect(empty.errors![0].extensions.fields).toEqual({ title: 'L’intitulé est obligatoire.' });
    });

    it('admits, postpones or refuses each file presented, moving the path accordingly', async () => {
      const pathId = await propose(await participant('Comité'));
      const file = await ok(t.gql(PRESENT, { input: { pathId, committeeId: pastCommittee } }, referent));
      expect(file).toMatchObject({ decision: null, path: { status: 'AWAITING_COMMITTEE' } });
      const twice = await t.gql(PRESENT, { input: { pathId, committeeId: pastCommittee } }, referent);
      expect(twice.errors![0].extensions.fields!.committeeId).toMatch(/déjà inscrit au comité du/);

      expect(errorCode(await t.gql(DECIDE, { input: { fileId: file.id, decision: 'ADMITTED' } }, referent))).toBe(
        'FORBIDDEN',
      );
      const noReason = await t.gql(DECIDE, { input: { fileId: file.id, decision: 'POSTPONED' } }, coordinator);
      expect(noReason.errors![0].extensions.fields).toEqual({
        reason: 'Le motif est obligatoire pour un ajournement ou un refus.',
      });
      const postponed = await ok(
        t.gql(
          DECIDE,
          { input: { fileId: file.id, decision: 'POSTPONED', reason: 'Diagnostic à compléter' } },
          coordinator,
        ),
      );
      expect(postponed).toMatchObject({
        decision: 'POSTPONED',
        reason: 'Diagnostic à compléter',
        path: { status: 'AWAITING_COMMITTEE' },
      });
      expect(errorCode(await t.gql(DECIDE, { input: { fileId: file.id, decision: 'ADMITTED' } }, coordinator))).toBe(
        'CONFLICT',
      );

      const future = await ok(
        t.gql(CREATE_COMMITTEE, { input: { date: day(10), title: 'Comité suivant' } }, coordinator),
      );
      const nextFile = await ok(t.gql(PRESENT, { input: { pathId, committeeId: future.id } }, referent));
      const tooEarly = await t.gql(DECIDE, { input: { fileId: nextFile.id, decision: 'ADMITTED' } }, coordinator);
      const [y, m, d] = day(10).split('-');
      expect(tooEarly.errors![0].extensions.fields!.fileId).toBe(
        `Le comité du ${d}/${m}/${y} ne s’est pas encore tenu.`,
      );

      // A file waiting for a session to come is moved to another session, never to the same one nor across
      // structures; a file already decided stays where it was decided.
      const heldYesterday = await ok(
        t.gql(CREATE_COMMITTEE, { input: { date: day(-1), title: 'Comité extraordinaire' } }, coordinator),
      );
      const same = await t.gql(MOVE, { input: { fileId: nextFile.id, committeeId: future.id } }, referent);
      expect(same.errors![0].extensions.fields).toEqual({
        committeeId: 'Le dossier est déjà inscrit à cette séance : choisissez-en une autre.',
      });
      expect(
        errorCode(await t.gql(MOVE, { input: { fileId: nextFile.id, committeeId: heldYesterday.id } }, lunel)),
      ).toBe('NOT_FOUND');
      expect(
        errorCode(await t.gql(MOVE, { input: { fileId: file.id, committeeId: heldYesterday.id } }, referent)),
      ).toBe('CONFLICT');
      expect(
        errorCode(await t.gql(MOVE, { input: { fileId: nextFile.id, committeeId: heldYesterday.id } }, controller)),
      ).toBe('FORBIDDEN');
      const [unchanged] = await t.dataSource.query(`SELECT "committeeId" FROM plie_committee_files WHERE id = $1`, [
        nextFile.id,
      ]);
      expect(unchanged.committeeId).toBe(future.id);
      const moved = await ok(t.gql(MOVE, { input: { fileId: nextFile.id, committeeId: heldYesterday.id } }, referent));
      expect(moved).toMatchObject({
        id: nextFile.id,
        decision: null,
        committee: { id: heldYesterday.id, date: day(-1) },
        path: { status: 'AWAITING_COMMITTEE' },
      });
      const admitted = await ok(t.gql(DECIDE, { input: { fileId: nextFile.id, decision: 'ADMITTED' } }, coordinator));
      expect(admitted.path).toMatchObject({ status: 'ACTIVE', admittedOn: day(-1), statusChangedOn: day(-1) });
      expect(admitted.path.transitions.map((tr: any) => `${tr.fromStatus}>${tr.toStatus}:${tr.trigger}`)).toEqual([
        'null>PROPOSED:ORIENTATION',
        'PROPOSED>AWAITING_COMMITTEE:COMMITTEE',
        'AWAITING_COMMITTEE>ACTIVE:COMMITTEE',
      ]);

      const refusedPath = await propose(await participant('Refus'));
      const refusedFile = await ok(
        t.gql(PRESENT, { input: { pathId: refusedPath, committeeId: pastCommittee } }, referent),
      );
      const refused = await ok(
        t.gql(
          DECIDE,
          { input: { fileId: refusedFile.id, decision: 'REFUSED', reason: 'Ne relève pas du PLIE (moins de 26 ans)' } },
          coordinator,
        ),
      );
      expect(refused.path).toMatchObject({ status: 'NOT_ADMITTED' });
      expect(refused.path.transitions[2]).toMatchObject({
        toStatus: 'NOT_ADMITTED',
        reason: 'Ne relève pas du PLIE (moins de 26 ans)',
        effectiveOn: day(-30),
      });

      const session = await t.gql(
        `query($id: ID!) { approvalCommittee(id: $id) { title files { decision path { status participant { lastName } } } } }`,
        { id: pastCommittee },
        controller,
      );
      expect(session.data!.approvalCommittee.files).toEqual(
        expect.arrayContaining([
          { decision: 'POSTPONED', path: { status: 'ACTIVE', participant: { lastName: 'Comité' } } },
          { decision: 'REFUSED', path: { status: 'NOT_ADMITTED', participant: { lastName: 'Refus' } } },
        ]),
      );
      const LIST = `query($filter: ApprovalCommitteeFilter) { approvalCommittees(filter: $filter) { totalCount edges { node { title } } } }`;
      const titles = async (filter: object) =>
        (await t.gql(LIST, { filter }, referent)).data!.approvalCommittees.edges.map((e: any) => e.node.title);
      expect(await titles({ from: day(-2), to: day(4) })).toEqual(['Comité extraordinaire']);
      expect(await titles({ from: day(6), to: day(30) })).toEqual(['Comité suivant']);
      expect(
        errorCode(await t.gql(`query($id: ID!) { approvalCommittee(id: $id) { id } }`, { id: pastCommittee }, lunel)),
      ).toBe('NOT_FOUND');
    });
  });

  describe('diagnosis and obstacles', () => {
    it('records the diagnosis and follows each obstacle until it is lifted', async () => {
      const path = await admitted('Freins');
      expect(
        (
          await t.gql(
            `mutation($input: RecordDiagnosisInput!) { recordDiagnosis(input: $input) { id } }`,
            { input: { pathId: path.id, date: day(-1), summary: '' } },
            referent,
          )
        ).errors![0].extensions.fields,
      ).toEqual({
        summary: 'La synthèse du diagnostic est obligatoire.',
      });
      await ok(
        t.gql(
          `mutation($input: RecordDiagnosisInput!) { recordDiagnosis(input: $input) { id } }`,
          {
            input: {
              pathId: path.id,
              date: day(-1),
              summary: 'Projet aide à domicile',
              professionalProject: 'Titre ADVF',
            },
          },
          referent,
        ),
      );
      const bad = await t.gql(
        `mutation($input: AddObstacleInput!) { addObstacle(input: $input) { id } }`,
        { input: { pathId: path.id, kind: 'MOBILITY', severity: 'HIGH', identifiedOn: 'hier' } },
        referent,
      );
      expect(bad.errors![0].extensions.fields).toEqual({ identifiedOn: 'Date invalide (format AAAA-MM-JJ attendu).' });
      const obstacle = await ok(
        t.gql(
          `mutation($input: AddObstacleInput!) { addObstacle(input: $input) { id status version liftedOn } }`,
          {
            input: {
              pathId: path.id,
              kind: 'MOBILITY',
              severity: 'HIGH',
              note: 'Pas de permis',
              identifiedOn: day(-1),
            },
          },
          referent,
        ),
      );
      expect(obstacle).toMatchObject({ status: 'IDENTIFIED', version: 1, liftedOn: null });
      const UPDATE = `mutation($input: UpdateObstacleInput!) { updateObstacle(input: $input) { status liftedOn version } }`;
      expect(
        await ok(t.gql(UPDATE, { input: { id: obstacle.id, version: 1, status: 'IN_PROGRESS' } }, referent)),
      ).toEqual({ status: 'IN_PROGRESS', liftedOn: null, version: 2 });
      expect(await ok(t.gql(UPDATE, { input: { id: obstacle.id, version: 2, status: 'LIFTED' } }, referent))).toEqual({
        status: 'LIFTED',
        liftedOn: today,
        version: 3,
      });
      expect(
        errorCode(await t.gql(UPDATE, { input: { id: obstacle.id, version: 2, severity: 'LOW' } }, referent)),
      ).toBe('CONFLICT');
      expect(errorCode(await t.gql(UPDATE, { input: { id: obstacle.id, version: 3, severity: 'LOW' } }, lunel))).toBe(
        'NOT_FOUND',
      );
      expect(
        errorCode(await t.gql(UPDATE, { input: { id: obstacle.id, version: 3, severity: 'LOW' } }, controller)),
      ).toBe('FORBIDDEN');
      const read = await ok(t.gql(GET_PATH, { id: path.id }, referent));
      expect(read).toMatchObject({
        diagnoses: [{ summary: 'Projet aide à domicile' }],
        obstacles: [{ kind: 'MOBILITY', status: 'LIFTED' }],
      });
    });
  });

  describe('steps', () => {
    it('are refused on a path not yet admitted', async () => {
      const pathId = await propose(await participant('Pas admis'));
      const result = await t.gql(
        ADD_STEP,
        { input: { pathId, kind: 'PLIE_ACTION', title: 'Atelier CV', plannedStart: day(1) } },
        referent,
      );
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', from: 'PROPOSED' });
      expect(result.errors![0].message).toBe(
        'Le parcours est « Proposé » : il doit être « Actif » ou « Suivi dans l’emploi ».',
      );
    });

    it('ask a job for its contract, in French', async () => {
      const path = await admitted('Contrat');
      const result = await t.gql(
        ADD_STEP,
        {
          input: {
            pathId: path.id,
            kind: 'JOB',
            title: 'Agent de propreté',
            plannedStart: day(-5),
            actualStart: day(3),
            workingTimePercent: 150,
          },
        },
        referent,
      );
      expect(result.errors![0].extensions.fields).toEqual({ workingTimePercent: 'Entre 1 et 100 %.' });
      const missing = await t.gql(
        ADD_STEP,
        {
          input: {
            pathId: path.id,
            kind: 'JOB',
            title: 'Agent de propreté',
            plannedStart: day(-5),
            actualStart: day(3),
          },
        },
        referent,
      );
      expect(missing.errors![0].extensions.fields).toEqual({
        contractType: 'Le type de contrat est obligatoire pour un emploi.',
        workingTimePercent: 'Le temps de travail est obligatoire pour un emploi (en % d’un temps plein).',
        actualStart: 'Le début réel ne peut pas être dans le futur : indiquez un début prévu.',
      });
    });

    it('recognise a lasting job by rule and start the follow-up in employment for 6 months', async () => {
      const path = await admitted('Emploi');
      const action = await ok(
        t.gql(
          ADD_STEP,
          {
            input: {
              pathId: path.id,
              kind: 'PLIE_ACTION',
              title: 'Atelier confiance en soi',
              plannedStart: day(-20),
              plannedEnd: day(-10),
              outcome: 'COMPLETED',
            },
          },
          referent,
        ),
      );
      expect(action.path.status).toBe('ACTIVE');
      const shortCdd = await ok(
        t.gql(
          ADD_STEP,
          {
            input: {
              pathId: path.id,
              kind: 'JOB',
              title: 'Manutentionnaire',
              plannedStart: day(-9),
              contractType: 'CDD',
              contractMonths: 3,
              workingTimePercent: 100,
            },
          },
          referent,
        ),
      );
      expect(shortCdd).toMatchObject({ lastingJob: false, path: { status: 'ACTIVE' } });
      const cdi = await ok(
        t.gql(
          ADD_STEP,
          {
            input: {
              pathId: path.id,
              kind: 'JOB',
              title: 'Aide à domicile',
              organisation: 'ADMR Somme',
              plannedStart: day(-5),
              actualStart: day(-4),
              contractType: 'CDI',
              workingTimePercent: 60,
            },
          },
          referent,
        ),
      );
      expect(cdi).toMatchObject({
        lastingJob: true,
        path: { status: 'IN_JOB_FOLLOW_UP', followUpEndsOn: addMonths(day(-4), 6), statusChangedOn: day(-4) },
      });
      expect(cdi.path.transitions.at(-1)).toMatchObject({
        fromStatus: 'ACTIVE',
        toStatus: 'IN_JOB_FOLLOW_UP',
        trigger: 'STEP',
        effectiveOn: day(-4),
      });
      // The follow-up is never entered by hand.
      const manual = await t.gql(
        `mutation($input: ChangePathStatusInput!) { changePliePathStatus(input: $input) { id } }`,
        { input: { pathId: path.id, version: cdi.path.version, to: 'IN_JOB_FOLLOW_UP', on: today } },
        referent,
      );
      expect(errorCode(manual)).toBe('BAD_USER_INPUT');
      // A job lost during the follow-up brings the path back to active.
      const lost = await ok(
        t.gql(
          `mutation($input: ChangePathStatusInput!) { changePliePathStatus(input: $input) { status followUpEndsOn version } }`,
          {
            input: {
              pathId: path.id,
              version: cdi.path.version,
              to: 'ACTIVE',
              on: today,
              reason: 'Rupture de la période d’essai',
            },
          },
          referent,
        ),
      );
      expect(lost).toMatchObject({ status: 'ACTIVE', followUpEndsOn: null });
      // Lengthening the short CDD to 6 months makes it lasting: follow-up again.
      const lengthened = await ok(
        t.gql(UPDATE_STEP, { input: { id: shortCdd.id, version: 1, contractMonths: 6 } }, referent),
      );
      expect(lengthened).toMatchObject({
        lastingJob: true,
        version: 2,
        path: { status: 'IN_JOB_FOLLOW_UP', followUpEndsOn: addMonths(day(-9), 6) },
      });
      expect(
        errorCode(await t.gql(UPDATE_STEP, { input: { id: shortCdd.id, version: 1, outcome: 'COMPLETED' } }, referent)),
      ).toBe('CONFLICT');
      expect(
        errorCode(await t.gql(UPDATE_STEP, { input: { id: shortCdd.id, version: 2, outcome: 'COMPLETED' } }, lunel)),
      ).toBe('NOT_FOUND');
    });

    it('start the follow-up until a qualifying training ends', async () => {
      const path = await admitted('Formation');
      const training = await ok(
        t.gql(
          ADD_STEP,
          {
            input: {
              pathId: path.id,
              kind: 'TRAINING',
              title: 'Titre pro ADVF',
              plannedStart: day(-3),
              plannedEnd: day(120),
              qualifying: true,
            },
          },
          referent,
        ),
      );
      expect(training.path).toMatchObject({ status: 'IN_JOB_FOLLOW_UP', followUpEndsOn: day(120) });
      const notTraining = await t.gql(
        ADD_STEP,
        { input: { pathId: path.id, kind: 'IMMERSION', title: 'PMSMP', plannedStart: day(1), qualifying: true } },
        referent,
      );
      expect(notTraining.errors![0].extensions.fields).toEqual({
        qualifying: 'Seule une formation peut être qualifiante.',
      });
    });
  });

  describe('follow-up log', () => {
    it('records interviews, reminders and meetings, and flags a person without contact after 2 unanswered reminders', async () => {
      const path = await admitted('Relances');
      const bad = await t.gql(
        FOLLOW_UP,
        { input: { pathId: path.id, kind: 'INTERVIEW', date: day(-20), answered: true } },
        referent,
      );
      expect(bad.errors![0].extensions.fields).toEqual({
        mode: 'Précisez la modalité de l’entretien : en présentiel, par téléphone ou en visioconférence.',
        durationMinutes: 'La durée de l’entretien est obligatoire (en minutes).',
        answered: 'Seule une relance peut être répondue.',
      });
      // Bounds are said in French, with the bound.
      const tooLong = await t.gql(
        FOLLOW_UP,
        {
          input: {
            pathId: path.id,
            kind: 'INTERVIEW',
            date: day(-20),
            mode: 'PHONE',
            durationMinutes: 0,
            summary: 'x'.repeat(10001),
          },
        },
        referent,
      );
      expect(tooLong.errors![0].extensions.fields).toEqual({
        summary: 'Au plus 10000 caractères.',
        durationMinutes: 'Entre 1 et 480 minutes.',
      });
      await ok(
        t.gql(
          FOLLOW_UP,
          {
            input: {
              pathId: path.id,
              kind: 'INTERVIEW',
              date: day(-20),
              mode: 'FACE_TO_FACE',
              durationMinutes: 45,
              summary: 'Point sur le projet',
            },
          },
          referent,
        ),
      );
      const meeting = await ok(
        t.gql(
          FOLLOW_UP,
          {
            input: {
              pathId: path.id,
              kind: 'COLLECTIVE_MEETING',
              date: day(-15),
              topic: 'Information collective métiers du soin',
              durationMinutes: 120,
            },
          },
          referent,
        ),
      );
      expect(meeting).toMatchObject({ attended: true });
      const first = await ok(
        t.gql(FOLLOW_UP, { input: { pathId: path.id, kind: 'REMINDER', date: day(-10), mode: 'SMS' } }, referent),
      );
      expect(first).toMatchObject({ answered: false });
      let read = await ok(t.gql(GET_PATH, { id: path.id }, referent));
      expect(read).toMatchObject({ withoutContact: false, lastContactOn: day(-15) });
      await ok(
        t.gql(FOLLOW_UP, { input: { pathId: path.id, kind: 'REMINDER', date: day(-5), mode: 'PHONE' } }, referent),
      );
      read = await ok(t.gql(GET_PATH, { id: path.id }, referent));
      expect(read).toMatchObject({ withoutContact: true, lastContactOn: day(-15) });
      const answered = await ok(
        t.gql(UPDATE_FOLLOW_UP, { input: { id: first.id, version: 1, answered: true } }, referent),
      );
      expect(answered).toMatchObject({ answered: true, version: 2 });
      read = await ok(t.gql(GET_PATH, { id: path.id }, referent));
      expect(read).toMatchObject({ withoutContact: false, lastContactOn: day(-10) });
      expect(
        errorCode(await t.gql(FOLLOW_UP, { input: { pathId: path.id, kind: 'REMINDER', date: day(-1) } }, lunel)),
      ).toBe('NOT_FOUND');
      expect(
        errorCode(await t.gql(FOLLOW_UP, { input: { pathId: path.id, kind: 'REMINDER', date: day(-1) } }, controller)),
      ).toBe('FORBIDDEN');
    });
  });

  describe('exit', () => {
    it('is positive for a lasting job proven by the last step, and owes the FSE+ exit data until recorded', async () => {
      const path = await admitted('Sortie positive');
      const job = await ok(
        t.gql(
          ADD_STEP,
          {
            input: {
              pathId: path.id,
              kind: 'JOB',
              title: 'Préparateur de commandes',
              plannedStart: day(-200),
              actualStart: day(-200),
              contractType: 'INTERIM',
              contractMonths: 8,
              workingTimePercent: 100,
            },
          },
          referent,
        ),
      );
      expect(job.path.status).toBe('IN_JOB_FOLLOW_UP');
      const future = await t.gql(
        EXIT,
        { input: { pathId: path.id, version: job.path.version, date: day(5), reason: 'LASTING_JOB' } },
        referent,
      );
      expect(future.errors![0].extensions.fields).toEqual({
        date: 'La date de sortie ne peut pas être dans le futur.',
      });
      const wrongVersion = await t.gql(
        EXIT,
        { input: { pathId: path.id, version: job.path.version - 1, date: today, reason: 'LASTING_JOB' } },
        referent,
      );
      expect(errorCode(wrongVersion)).toBe('CONFLICT');
      const exited = await ok(
        t.gql(
          EXIT,
          {
            input: {
              pathId: path.id,
              version: job.path.version,
              date: today,
              reason: 'LASTING_JOB',
              comment: 'Embauche confirmée',
            },
          },
          referent,
        ),
      );
      expect(exited).toMatchObject({
        status: 'EXITED',
        fseExitMissing: true,
        exit: { date: today, reason: 'LASTING_JOB', positive: true, comment: 'Embauche confirmée', fseResults: [] },
      });
      const noResult = await t.gql(
        FSE_EXIT,
        { input: { pathId: path.id, version: exited.version, results: [] } },
        referent,
      );
      expect(noResult.errors![0].extensions.fields).toEqual({ results: 'Indiquez au moins un résultat.' });
      const recorded = await ok(
        t.gql(FSE_EXIT, { input: { pathId: path.id, version: exited.version, results: ['JOB'] } }, referent),
      );
      expect(recorded).toMatchObject({ fseExitMissing: false, exit: { fseResults: ['JOB'], fseRecordedOn: today } });
      // No more steps on an exited path.
      const step = await t.gql(
        ADD_STEP,
        { input: { pathId: path.id, kind: 'PLIE_ACTION', title: 'Atelier', plannedStart: today } },
        referent,
      );
      expect(step.errors![0].message).toMatch(/Le parcours est « Sorti ».*La coordination peut le rouvrir\./);
    });

    it('is not positive when the last step does not prove the reason, nor for a drop-out', async () => {
      const path = await admitted('Sortie négative');
      const action = await ok(
        t.gql(
          ADD_STEP,
          { input: { pathId: path.id, kind: 'PLIE_ACTION', title: 'Atelier', plannedStart: day(-3) } },
          referent,
        ),
      );
      const claimed = await ok(
        t.gql(
          EXIT,
          {
            input: {
              pathId: path.id,
              version: action.path.version,
              date: today,
              reason: 'LASTING_JOB',
              fseResults: ['JOB_SEARCH'],
            },
          },
          referent,
        ),
      );
      expect(claimed.exit).toMatchObject({ positive: false, fseResults: ['JOB_SEARCH'] });
      expect(claimed.fseExitMissing).toBe(false);

      const other = await admitted('Abandon');
      const dropOut = await ok(
        t.gql(EXIT, { input: { pathId: other.id, version: other.version, date: today, reason: 'DROP_OUT' } }, referent),
      );
      expect(dropOut.exit.positive).toBe(false);
    });

    it('is refused before admission, naming both states', async () => {
      const pathId = await propose(await participant('Trop tôt'));
      const result = await t.gql(EXIT, { input: { pathId, version: 1, date: today, reason: 'DROP_OUT' } }, referent);
      expect(result.errors![0].message).toBe('Passage impossible de « Proposé » à « Sorti ».');
    });
  });

  describe('reopening', () => {
    it('is reserved to the coordination, with a traced reason, and keeps the previous exit', async () => {
      const path = await admitted('Réouverture');
      const exited = await ok(
        t.gql(EXIT, { input: { pathId: path.id, version: path.version, date: today, reason: 'MOVED' } }, referent),
      );
      expect(
        errorCode(
          await t.gql(
            REOPEN,
            { input: { pathId: path.id, version: exited.version, reason: 'Retour sur le territoire' } },
            referent,
          ),
        ),
      ).toBe('FORBIDDEN');
      const noReason = await t.gql(
        REOPEN,
        { input: { pathId: path.id, version: exited.version, reason: '' } },
        coordinator,
      );
      expect(noReason.errors![0].extensions.fields).toEqual({ reason: 'Le motif de la réouverture est obligatoire.' });
      expect(
        errorCode(
          await t.gql(
            REOPEN,
            { input: { pathId: path.id, version: exited.version, reason: 'x' } },
            await t.login('coordination@plie-lunel.test'),
          ),
        ),
      ).toBe('NOT_FOUND');
      const reopened = await ok(
        t.gql(
          REOPEN,
          { input: { pathId: path.id, version: exited.version, reason: 'Retour sur le territoire' } },
          coordinator,
        ),
      );
      expect(reopened).toMatchObject({ status: 'ACTIVE', exit: null, fseExitMissing: false });
      expect(reopened.transitions.at(-1)).toMatchObject({
        fromStatus: 'EXITED',
        toStatus: 'ACTIVE',
        trigger: 'REOPEN',
        reason: 'Retour sur le territoire',
      });
      const [row] = await t.dataSource.query(
        `SELECT details FROM plie_path_transitions WHERE "pathId" = $1 AND trigger = 'REOPEN'`,
        [path.id],
      );
      expect(row.details.previousExit).toMatchObject({ reason: 'MOVED', positive: false });
      const again = await t.gql(
        REOPEN,
        { input: { pathId: path.id, version: reopened.version, reason: 'Encore' } },
        coordinator,
      );
      expect(again.errors![0].message).toBe('Le parcours est déjà « Actif ».');
      const trail = await t.gql(
        `query($id: ID!) { participantAuditTrail(participantId: $id, first: 50) { edges { node { action } } } }`,
        { id: path.participantId },
        coordinator,
      );
      expect(trail.data!.participantAuditTrail.edges.map((e: any) => e.node.action)).toEqual(
        expect.arrayContaining(['plie.path.exited', 'plie.path.reopened', 'plie.committee.decided']),
      );
    });
  });

  describe('portfolio of the référent', () => {
    let mine: Session;
    let mineId: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      const created = await ok(
        t.gql(
          `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
          {
            input: {
              email: 'portefeuille@mlife-amiens.test',
              fullName: 'Lucie Portefeuille',
              password: 'Portefeuille-2026',
              role: 'COUNSELLOR',
            },
          },
          coordinator,
        ),
      );
      mineId = created.id;
      mine = await t.login('portefeuille@mlife-amiens.test', 'Portefeuille-2026');

      // Calm: an interview a week ago, nothing due.
      const calm = await admitted('Calme', mineId);
      ids.calm = calm.id;
      await ok(
        t.gql(
          FOLLOW_UP,
          { input: { pathId: calm.id, kind: 'INTERVIEW', date: day(-7), mode: 'PHONE', durationMinutes: 20 } },
          referent,
        ),
      );
      // Three weeks without contact: flagged with 2 weeks, not with the default 4.
      const quiet = await admitted('Discret', mineId);
      ids.quiet = quiet.id;
      await ok(
        t.gql(
          FOLLOW_UP,
          { input: { pathId: quiet.id, kind: 'INTERVIEW', date: day(-21), mode: 'PHONE', durationMinutes: 20 } },
          referent,
        ),
      );
      // Without contact: 2 unanswered reminders since the last interview.
      const lost = await admitted('Injoignable', mineId);
      ids.lost = lost.id;
      await ok(
        t.gql(
          FOLLOW_UP,
          { input: { pathId: lost.id, kind: 'INTERVIEW', date: day(-12), mode: 'PHONE', durationMinutes: 20 } },
          referent,
        ),
      );
      await ok(t.gql(FOLLOW_UP, { input: { pathId: lost.id, kind: 'REMINDER', date: day(-6) } }, referent));
      await ok(t.gql(FOLLOW_UP, { input: { pathId: lost.id, kind: 'REMINDER', date: day(-2) } }, referent));
      // A step ending within 14 days.
      const ending = await admitted('Étape', mineId);
      ids.ending = ending.id;
      await ok(
        t.gql(
          FOLLOW_UP,
          { input: { pathId: ending.id, kind: 'INTERVIEW', date: day(-3), mode: 'VIDEO', durationMinutes: 30 } },
          referent,
        ),
      );
      await ok(
        t.gql(
          ADD_STEP,
          {
            input: {
              pathId: ending.id,
              kind: 'IMMERSION',
              title: 'PMSMP en EHPAD',
              plannedStart: day(-4),
              plannedEnd: day(9),
              outcome: 'IN_PROGRESS',
            },
          },
          referent,
        ),
      );
      // Follow-up in employment over: the exit sheet is owed.
      const hired = await admitted('Embauché', mineId);
      ids.hired = hired.id;
      await ok(
        t.gql(
          FOLLOW_UP,
          { input: { pathId: hired.id, kind: 'INTERVIEW', date: day(-1), mode: 'PHONE', durationMinutes: 15 } },
          referent,
        ),
      );
      await ok(
        t.gql(
          ADD_STEP,
          {
            input: {
              pathId: hired.id,
              kind: 'JOB',
              title: 'Cariste',
              plannedStart: day(-190),
              actualStart: day(-190),
              contractType: 'CDI',
              workingTimePercent: 100,
            },
          },
          referent,
        ),
      );
      // Committee pending.
      ids.pending = await propose(await participant('En attente', mineId), day(-2));
      // Exited without FSE+ exit data; and one exited with it (not in the portfolio).
      const gone = await admitted('Parti', mineId);
      ids.gone = gone.id;
      await ok(
        t.gql(EXIT, { input: { pathId: gone.id, version: gone.version, date: today, reason: 'MOVED' } }, referent),
      );
      const done = await admitted('Terminé', mineId);
      ids.done = done.id;
      await ok(
        t.gql(
          EXIT,
          {
            input: {
              pathId: done.id,
              version: done.version,
              date: today,
              reason: 'DROP_OUT',
              fseResults: ['INACTIVE'],
            },
          },
          referent,
        ),
      );
    });

    const entries = (result: GqlResult) => result.data!.myPortfolio.edges.map((e: any) => e.node);

    it('lists the référent’s paths, most urgent first, with the reasons computed in SQL', async () => {
      const result = await t.gql(PORTFOLIO, { first: 50 }, mine);
      expect(result.errors).toBeUndefined();
      const rows = entries(result);
      const byName = Object.fromEntries(rows.map((r: any) => [r.path.participant.lastName, r]));
      expect(rows.map((r: any) => r.path.id)).not.toContain(ids.done);
      expect(result.data!.myPortfolio.totalCount).toBe(7);
      expect(byName['Embauché'].alerts).toEqual(['EXIT_SHEET_OWED']);
      expect(byName['Parti'].alerts).toEqual(['EXIT_SHEET_OWED']);
      expect(byName['Injoignable'].alerts).toEqual(['WITHOUT_CONTACT']);
      expect(byName['Étape'].alerts).toEqual(['STEP_ENDING_SOON']);
      expect(byName['En attente'].alerts).toEqual(['COMMITTEE_PENDING']);
      expect(byName['Discret'].alerts).toEqual([]);
      expect(byName['Calme']).toMatchObject({ alerts: [], urgency: 0, lastContactOn: day(-7) });
      expect(rows.map((r: any) => r.urgency)).toEqual([...rows.map((r: any) => r.urgency)].sort((a, b) => b - a));
      expect(
        rows
          .slice(0, 2)
          .map((r: any) => r.path.participant.lastName)
          .sort(),
      ).toEqual(['Embauché', 'Parti']);
      expect(rows[2].path.participant.lastName).toBe('Injoignable');
    });

    it('takes the number of weeks without contact as an argument', async () => {
      const rows = entries(await t.gql(PORTFOLIO, { weeks: 2, first: 50 }, mine));
      const quiet = rows.find((r: any) => r.path.participant.lastName === 'Discret');
      expect(quiet.alerts).toEqual(['NO_RECENT_CONTACT']);
      expect(rows.find((r: any) => r.path.participant.lastName === 'Calme').alerts).toEqual([]);
      expect(errorCode(await t.gql(PORTFOLIO, { weeks: 0 }, mine))).toBe('BAD_USER_INPUT');
    });

    it('pages, and shows nothing of another référent', async () => {
      const page1 = await t.gql(PORTFOLIO, { first: 3 }, mine);
      expect(page1.data!.myPortfolio.pageInfo.hasNextPage).toBe(true);
      const page3 = await t.gql(PORTFOLIO, { first: 3, after: Buffer.from('offset:5').toString('base64url') }, mine);
      expect(entries(page3)).toHaveLength(1);
      expect(page3.data!.myPortfolio.pageInfo.hasNextPage).toBe(false);
      const others = entries(await t.gql(PORTFOLIO, { first: 100 }, referent)).map((r: any) => r.path.id);
      expect(others).not.toContain(ids.calm);
      const all = await t.gql(
        `query($filter: PliePathFilter) { pliePaths(filter: $filter, first: 100) { totalCount } }`,
        { filter: { referentUserId: mineId } },
        controller,
      );
      expect(all.data!.pliePaths.totalCount).toBe(8);
    });

    it('resolves nested fields in batches: as many queries for 7 paths as for 2 (no N+1)', async () => {
      const NESTED = `query($first: Int) { myPortfolio(first: $first) { edges { node { alerts path {
        status withoutContact lastContactOn exit { positive } transitions { toStatus } steps { kind } obstacles { kind } diagnoses { date }
        followUps { kind } committeeFiles { decision committee { date } }
        participant { lastName branch { code } referent { fullName } fseEntryMissing sensitive { healthNotes } pliePaths { status } } } } } } }`;
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      const countFor = async (first: number) => {
        spy.mockClear();
        const result = await t.gql(NESTED, { first }, mine);
        expect(result.errors).toBeUndefined();
        expect(result.data!.myPortfolio.edges).toHaveLength(first);
        return spy.mock.calls.length;
      };
      try {
        const few = await countFor(2);
        const many = await countFor(7);
        // One query of slack: in-process workers (reminders) may touch the database during the measure.
        expect(many).toBeLessThanOrEqual(few + 1);
        expect(many).toBeLessThan(30);
      } finally {
        spy.mockRestore();
      }
    });
  });
});
