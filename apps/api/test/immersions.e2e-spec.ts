import { addDays, todayInParis } from '@passerelle/domain';
import { GqlResult, TestApp } from './support/test-app';
import { admitToPlie } from './support/plie-admission';

type Session = { token: string; structureId: string };
const today = todayInParis();
const day = (offset: number) => addDays(today, offset);

const PLAN = `mutation($input: PlanImmersionInput!) { planImmersion(input: $input) { id version hours startsOn endsOn coSigned } }`;
const START = `mutation($input: RecordImmersionStartMeetingInput!) { recordImmersionStartMeeting(input: $input) { id version startMeetingOn } }`;
const EXIT_SHEET = `mutation($input: RecordImmersionExitSheetInput!) { recordImmersionExitSheet(input: $input) { id version coSigned punctuality recommendations } }`;
const LIAISON_EXIT = `mutation($input: SendExitLiaisonSheetInput!) { sendExitLiaisonSheet(input: $input) { id kind } }`;

describe('immersions and assessments (seed 002, lots 3 and 4)', () => {
  let t: TestApp;
  let referent: Session;
  let cap: Session;
  let lot3: string;
  let lot4: string;

  async function ok<T = any>(result: Promise<GqlResult>): Promise<T> {
    const r = await result;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data!)[0] as T;
  }

  async function entered(lastName: string, lotId: string): Promise<{ orientationId: string; participantId: string }> {
    const p = await ok(
      t.gql(
        `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
        { input: { lastName, firstName: 'Test', sex: 'MALE', birthDate: '1979-02-02' } },
        referent,
      ),
    );
    await admitToPlie(t.dataSource, p.id);
    const o = await ok(
      t.gql(
        `mutation($input: OrientParticipantInput!) { orientParticipant(input: $input) { id version } }`,
        { input: { participantId: p.id, lotId, orientedOn: day(-40) } },
        referent,
      ),
    );
    await ok(
      t.gql(
        `mutation($input: SendEntryLiaisonSheetInput!) { sendEntryLiaisonSheet(input: $input) { id } }`,
        { input: { orientationId: o.id, version: o.version, entered: true, startedOn: day(-35), fseEntry: {} } },
        cap,
      ),
    );
    return { orientationId: o.id, participantId: p.id };
  }

  beforeAll(async () => {
    t = await TestApp.start();
    referent = await t.login('referente@plie-lunel.test');
    cap = await t.login('prestataire@cap-competences.test');
    const lots = await t.dataSource.query(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'AO-LEVEE%' ORDER BY l.number`,
    );
    lot3 = lots[2].id;
    lot4 = lots[3].id;
  });
  afterAll(() => t.close());

  it('plans at most 30 hours over two weeks unless justified, and counts the days in a company', async () => {
    const { orientationId, participantId } = await entered('Immersion', lot3);
    const base = {
      orientationId,
      hostName: 'Ressourcerie du Pays de Lunel',
      tutorName: 'Marc Vidal',
      objective: 'Reprendre un rythme de travail',
      startsOn: day(-20),
      endsOn: day(-7),
    };
    const tooMany = await t.gql(PLAN, { input: { ...base, hours: '35' } }, cap);
    expect(tooMany.errors![0].extensions.fields).toEqual({
      hours: 'Une immersion compte 30 heures au plus, sauf disposition justifiée (précisez la justification).',
    });
    const tooLong = await t.gql(PLAN, { input: { ...base, endsOn: day(-2), hours: '30' } }, cap);
    expect(tooLong.errors![0].extensions.fields).toEqual({
      endsOn:
        'Une immersion se répartit sur deux semaines au plus, sauf disposition justifiée (précisez la justification).',
    });
    const immersion = await ok(t.gql(PLAN, { input: { ...base, hours: '30' } }, cap));
    expect(immersion).toMatchObject({ hours: '30.00', coSigned: false });

    const days = `query($id: ID!, $from: String!, $to: String!) { participantCompanyDays(participantId: $id, from: $from, to: $to) }`;
    expect(await ok(t.gql(days, { id: participantId, from: day(-60), to: today }, referent))).toBe(10);
    expect(await ok(t.gql(days, { id: participantId, from: day(-6), to: today }, referent))).toBe(0);

    // The exit liaison sheet waits for the immersion's co-signed exit sheet, which waits for the start meeting.
    const withoutSheet = await t.gql(
      LIAISON_EXIT,
      {
        input: {
          orientationId,
          version: 2,
          exitOn: day(-5),
          exitReason: 'END_OF_ACTION',
          synthesis: 'Immersion réussie.',
        },
      },
      cap,
    );
    expect(withoutSheet.errors![0].extensions.fields).toEqual({
      orientationId: 'La fiche de fin d’immersion doit d’abord être cosignée par le tuteur et le participant.',
    });
    const sheet = {
      punctuality: 'VERY_GOOD',
      attendance: 'GOOD',
      understanding: 'GOOD',
      relations: 'VERY_GOOD',
      skills: 'Tri, accueil des clients',
      recommendations: 'Orienter vers un chantier d’insertion',
      tutorSignedOn: day(-7),
      participantSignedOn: day(-7),
    };
    const noMeeting = await t.gql(
      EXIT_SHEET,
      { input: { id: immersion.id, version: immersion.version, ...sheet } },
      cap,
    );
    expect(noMeeting.errors![0].extensions.fields).toEqual({
      id: 'Enregistrez d’abord l’entretien tripartite de démarrage.',
    });
    const started = await ok(
      t.gql(START, { input: { id: immersion.id, version: immersion.version, on: day(-20) } }, cap),
    );
    const signed = await ok(
      t.gql(EXIT_SHEET, { input: { id: immersion.id, version: started.version, ...sheet } }, cap),
    );
    expect(signed).toMatchObject({
      coSigned: true,
      punctuality: 'VERY_GOOD',
      recommendations: 'Orienter vers un chantier d’insertion',
    });
    expect(
      await ok(
        t.gql(
          LIAISON_EXIT,
          {
            input: {
              orientationId,
              version: 2,
              exitOn: day(-5),
              exitReason: 'END_OF_ACTION',
              synthesis: 'Immersion réussie.',
            },
          },
          cap,
        ),
      ),
    ).toMatchObject({ kind: 'EXIT' });
    const view = await ok(
      t.gql(
        `query($id: ID!) { orientation(id: $id) { status immersions { hostName coSigned } } }`,
        { id: orientationId },
        referent,
      ),
    );
    expect(view).toEqual({
      status: 'EXITED',
      immersions: [{ hostName: 'Ressourcerie du Pays de Lunel', coSigned: true }],
    });
  });

  it('limits the person to 30 hours over any two weeks across all their immersions, unless justified', async () => {
    const { orientationId, participantId } = await entered('Cumul', lot3);
    const base = { orientationId, tutorName: 'Marc Vidal', objective: 'Découvrir un métier' };
    const first = { ...base, hostName: 'Ressourcerie', startsOn: day(-30), endsOn: day(-26), hours: '20' };
    await ok(t.gql(PLAN, { input: first }, cap));
    const second = { ...base, hostName: 'Jardin partagé', startsOn: day(-23), endsOn: day(-19), hours: '12' };
    const refused = await t.gql(PLAN, { input: second }, cap);
    const frenchDay = (d: string) => d.split('-').reverse().join('/');
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        hours: `Avec cette immersion, la personne totaliserait 32 h d’immersion du ${frenchDay(day(-32))} au ${frenchDay(day(-19))}, toutes immersions confondues : 30 h au plus par participant sur deux semaines, sauf disposition justifiée (précisez la justification).`,
      },
    });
    // Two weeks later, the count starts again; 10 h fit beside the first 20 h.
    await ok(t.gql(PLAN, { input: { ...second, hours: '10' } }, cap));
    // Another provider's immersion of the same person counts, although this provider cannot see it.
    const [other] = await t.dataSource.query(
      `SELECT id FROM structures WHERE id <> $1 AND kind = 'PROVIDER' ORDER BY name LIMIT 1`,
      [cap.structureId],
    );
    const [o] = await t.dataSource.query(`SELECT "lotId", "structureId" FROM orientations WHERE id = $1`, [
      orientationId,
    ]);
    await t.dataSource.query(
      `INSERT INTO immersions ("orientationId", "participantId", "lotId", "structureId", "providerStructureId", "hostName", "tutorName", objective, "startsOn", "endsOn", hours, version)
       VALUES ($1, $2, $3, $4, $5, 'Atelier ailleurs', 'Tutrice', 'Autre', $6, $7, 16, 1)`,
      [orientationId, participantId, o.lotId, o.structureId, other.id, day(-12), day(-10)],
    );
    const third = { ...base, hostName: 'Boulangerie', startsOn: day(-9), endsOn: day(-5), hours: '15' };
    expect((await t.gql(PLAN, { input: third }, cap)).errors![0].extensions.fields?.hours).toContain(
      'la personne totaliserait 31 h d’immersion',
    );
    // Justified: accepted, the reason recorded on the immersion and the overrun in the person's history.
    const justified = await ok(
      t.gql(PLAN, { input: { ...third, justification: 'Contrat de travail proposé à l’issue' } }, cap),
    );
    const view = await ok(
      t.gql(
        `query($id: ID!) { orientation(id: $id) { immersions { id hostName justification } } }`,
        { id: orientationId },
        referent,
      ),
    );
    expect(view.immersions.find((i: { id: string }) => i.id === justified.id)).toEqual({
      id: justified.id,
      hostName: 'Boulangerie',
      justification: 'Contrat de travail proposé à l’issue',
    });
    const [event] = await t.dataSource.query(
      `SELECT details FROM audit_logs WHERE action = 'immersion.planned' AND details->>'immersionId' = $1`,
      [justified.id],
    );
    expect(event.details.overPersonLimit).toMatchObject({ hours: 31 });
  });

  it('closes an assessment with the right hours, the three-way meeting, a synthesis and a phased plan', async () => {
    const { orientationId } = await entered('Bilan', lot4);
    const assessment = await ok(
      t.gql(
        `mutation($input: StartAssessmentInput!) { startAssessment(input: $input) { id version dueBy overdue } }`,
        { input: { orientationId, kind: 'GUIDANCE', startedOn: day(-30) } },
        cap,
      ),
    );
    expect(assessment.overdue).toBe(false);
    const COMPLETE = `mutation($input: CompleteAssessmentInput!) { completeAssessment(input: $input) { completedOn hours synthesis actionPlan { title actions } } }`;
    const bad = await t.gql(
      COMPLETE,
      { input: { id: assessment.id, version: assessment.version, completedOn: day(-1), hours: '11' } },
      cap,
    );
    expect(bad.errors![0].extensions.fields).toEqual({
      hours: 'Un bilan d’orientation compte de 12 à 15 heures.',
      tripartiteMeetingOn:
        'L’entretien tripartite de fin de bilan (prestataire, référent·e, participant·e) est obligatoire.',
      synthesis: 'La synthèse du bilan est obligatoire.',
      actionPlan: 'Le plan d’actions doit compter au moins une phase.',
    });
    const done = await ok(
      t.gql(
        COMPLETE,
        {
          input: {
            id: assessment.id,
            version: assessment.version,
            completedOn: day(-1),
            hours: '14',
            tripartiteMeetingOn: day(-1),
            projectTitle: 'Aide à domicile',
            synthesis: 'Projet validé par deux enquêtes métier.',
            actionPlan: [
              { title: 'Phase 1 : immersion', actions: 'PMSMP de deux semaines' },
              { title: 'Phase 2 : formation', actions: 'Titre professionnel ADVF' },
            ],
          },
        },
        cap,
      ),
    );
    expect(done).toMatchObject({
      completedOn: day(-1),
      hours: '14.00',
      actionPlan: [{ title: 'Phase 1 : immersion' }, { title: 'Phase 2 : formation' }],
    });
  });
});
