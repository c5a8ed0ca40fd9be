import { addDays, todayInParis } from '@passerelle/domain';
import { errorCode, TestApp } from './support/test-app';

type Session = { token: string; structureId: string };

const today = todayInParis();
const ago = (days: number) => addDays(today, -days);

describe('CEJ promos and digital path', () => {
  let t: TestApp;
  let counsellor: Session;
  let lyon: Session;
  let counsellorId: string;

  const gql = async (query: string, variables: Record<string, unknown> = {}, session: Session = counsellor) => {
    const result = await t.gql(query, variables, session);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };

  async function contract(
    lastName: string,
    startOn: string,
    sign = true,
    session: Session = counsellor,
    userId = counsellorId,
  ): Promise<string> {
    const participant = await gql(
      `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
      { input: { lastName, firstName: 'Jeune', sex: 'MALE', birthDate: '2004-06-01', programme: 'CEJ' } },
      session,
    );
    const draft = await gql(
      `mutation($input: CreateCejContractInput!) { createCejContract(input: $input) { id } }`,
      {
        input: {
          participantId: participant.createParticipant.id,
          counsellorUserId: userId,
          startOn,
          householdTaxBracket: 'NON_TAXABLE',
        },
      },
      session,
    );
    if (!sign) return draft.createCejContract.id;
    await gql(
      `mutation($input: SignCejContractInput!) { signCejContract(input: $input) { id } }`,
      {
        input: {
          id: draft.createCejContract.id,
          version: 1,
          signedOn: startOn,
          inEducation: false,
          registeredJobseeker: true,
        },
      },
      session,
    );
    return draft.createCejContract.id;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    counsellor = await t.login('conseillere@ml-ales.test');
    lyon = await t.login('conseiller@ml-lyon.test');
    counsellorId = (await t.dataSource.query(`SELECT id FROM users WHERE email = 'conseillere@ml-ales.test'`))[0].id;
  });
  afterAll(() => t.close());

  describe('promos', () => {
    const COHORT = `id name startsOn endsOn workshopDays workshopDaysTargetMet counsellor { fullName } sessions { date title provider hours } members { id }`;

    it('runs the collective first month: workshop days by providers land in every member’s planning', async () => {
      const tooLong = await t.gql(
        `mutation($input: CreateCejCohortInput!) { createCejCohort(input: $input) { id } }`,
        { input: { name: 'Promo trop longue', counsellorUserId: counsellorId, startsOn: ago(40), endsOn: ago(1) } },
        counsellor,
      );
      expect(tooLong.errors![0].extensions.fields!.endsOn).toMatch(
        /^La promo est le mois collectif intensif : elle se termine au plus tard le \d{4}-\d{2}-\d{2}\.$/,
      );

      const cohort = (
        await gql(`mutation($input: CreateCejCohortInput!) { createCejCohort(input: $input) { ${COHORT} } }`, {
          input: {
            name: 'Promo Alès centre',
            counsellorUserId: counsellorId,
            startsOn: ago(20),
            endsOn: ago(1),
            location: 'Mission Locale, salle 2',
          },
        })
      ).createCejCohort;
      const SESSION = `mutation($input: AddCejCohortSessionInput!) { addCejCohortSession(input: $input) { id date } }`;
      await gql(SESSION, {
        input: {
          cohortId: cohort.id,
          date: ago(18),
          title: 'Connaissance de soi',
          provider: 'Cap Compétences',
          hours: 6,
        },
      });
      const outside = await t.gql(
        SESSION,
        { input: { cohortId: cohort.id, date: ago(30), title: 'Hors promo', hours: 6 } },
        counsellor,
      );
      expect(Object.keys(outside.errors![0].extensions.fields!)).toEqual(['date']);

      const a = await contract('Promo-A', ago(25));
      const b = await contract('Promo-B', ago(25));
      const draft = await contract('Promo-Brouillon', ago(25), false);
      const other = await contract(
        'Promo-Lyon',
        ago(25),
        true,
        lyon,
        (await t.dataSource.query(`SELECT id FROM users WHERE email = 'conseiller@ml-lyon.test'`))[0].id,
      );
      const MEMBERS = `mutation($input: AddCejCohortMembersInput!) { addCejCohortMembers(input: $input) { ${COHORT} } }`;
      const refused = await t.gql(
        MEMBERS,
        { input: { cohortId: cohort.id, contractIds: [a, draft, other] } },
        counsellor,
      );
      expect(refused.errors![0].extensions.fields).toEqual({
        'contractIds.1': 'Seul un contrat signé et en cours rejoint une promo.',
        'contractIds.2': 'Contrat introuvable dans la structure.',
      });
      const joined = (await gql(MEMBERS, { input: { cohortId: cohort.id, contractIds: [a, b] } })).addCejCohortMembers;
      expect(joined.members.map((m: { id: string }) => m.id).sort()).toEqual([a, b].sort());
      await gql(SESSION, {
        input: {
          cohortId: cohort.id,
          date: ago(17),
          title: 'Techniques de recherche d’emploi',
          provider: 'Cap Compétences',
          hours: 6.5,
        },
      });
      const again = (await gql(MEMBERS, { input: { cohortId: cohort.id, contractIds: [a] } })).addCejCohortMembers;
      expect(again).toMatchObject({
        workshopDays: 2,
        workshopDaysTargetMet: false,
        counsellor: { fullName: 'Inès Garcia' },
      });

      const ACTIONS = `query($id: ID!) { cejContract(id: $id) { cohort { name } actions { id version date kind title organisation plannedHours outcome } } }`;
      const planning = (await gql(ACTIONS, { id: a })).cejContract;
      expect(planning.cohort).toEqual({ name: 'Promo Alès centre' });
      expect(
        planning.actions.map(
          (x: { date: string; kind: string; title: string; organisation: string; plannedHours: number }) => [
            x.date,
            x.kind,
            x.title,
            x.organisation,
            x.plannedHours,
          ],
        ),
      ).toEqual([
        [ago(18), 'WORKSHOP', 'Connaissance de soi', 'Cap Compétences', 6],
        [ago(17), 'WORKSHOP', 'Techniques de recherche d’emploi', 'Cap Compétences', 6.5],
      ]);

      const first = planning.actions[0];
      await gql(`mutation($input: RecordCejActionOutcomeInput!) { recordCejActionOutcome(input: $input) { id } }`, {
        input: { id: first.id, version: first.version, outcome: 'DONE' },
      });
      await gql(`mutation($input: RemoveCejCohortMemberInput!) { removeCejCohortMember(input: $input) { id } }`, {
        input: { cohortId: cohort.id, contractId: a },
      });
      const after = (await gql(ACTIONS, { id: a })).cejContract;
      expect(after.cohort).toBeNull();
      expect(after.actions.map((x: { title: string; outcome: string }) => [x.title, x.outcome])).toEqual([
        ['Connaissance de soi', 'DONE'],
      ]);

      const list = await gql(
        `query($filter: CejCohortFilter) { cejCohorts(filter: $filter) { totalCount edges { node { name members { id } } } } }`,
        { filter: { activeOn: ago(10) } },
      );
      expect(list.cejCohorts).toEqual({
        totalCount: 1,
        edges: [{ node: { name: 'Promo Alès centre', members: [{ id: b }] } }],
      });
      expect(errorCode(await t.gql(`query($id: ID!) { cejCohort(id: $id) { id } }`, { id: cohort.id }, lyon))).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('digital path', () => {
    it('records a Pix diagnostic, a digital action plan, workshops, certifications, and the monthly report', async () => {
      const a = await contract('Numérique-A', ago(30));
      const b = await contract('Numérique-B', ago(30));
      const DIAG = `mutation($input: RecordCejPixDiagnosticInput!) { recordCejPixDiagnostic(input: $input) { id totalPix competences { competence level pix } domains { domain pix maxPix } } }`;
      const bad = await t.gql(
        DIAG,
        {
          input: {
            contractId: a,
            date: today,
            scores: [
              { competence: '6.1', pix: 12 },
              { competence: '1.1', pix: 60 },
            ],
          },
        },
        counsellor,
      );
      expect(bad.errors![0].extensions.fields).toEqual({
        'scores.0.competence': 'Compétence Pix inconnue (1.1 à 5.2).',
        'scores.1.pix': 'De 0 à 56 pix par compétence (niveaux 1 à 7).',
      });
      const diagnostic = (
        await gql(DIAG, {
          input: {
            contractId: a,
            date: today,
            scores: [
              { competence: '1.1', pix: 24 },
              { competence: '2.1', pix: 17 },
              { competence: '3.1', pix: 7 },
            ],
          },
        })
      ).recordCejPixDiagnostic;
      expect(diagnostic.totalPix).toBe(48);
      expect(diagnostic.competences).toHaveLength(16);
      expect(diagnostic.competences.slice(0, 2)).toEqual([
        { competence: '1.1', level: 3, pix: 24 },
        { competence: '1.2', level: 0, pix: 0 },
      ]);
      expect(diagnostic.domains[0]).toEqual({ domain: 'INFORMATION', pix: 24, maxPix: 168 });

      const PLAN = `mutation($input: SaveCejDigitalPlanItemInput!) { saveCejDigitalPlanItem(input: $input) { id competence objective status version } }`;
      const item = (
        await gql(PLAN, {
          input: {
            contractId: a,
            competence: '3.1',
            objective: 'Rédiger son CV sur traitement de texte',
            dueOn: addDays(today, 30),
          },
        })
      ).saveCejDigitalPlanItem;
      expect(item).toMatchObject({ status: 'PLANNED', version: 1 });
      expect(
        (
          await gql(PLAN, {
            input: {
              contractId: a,
              id: item.id,
              version: 1,
              competence: '3.1',
              objective: item.objective,
              status: 'IN_PROGRESS',
            },
          })
        ).saveCejDigitalPlanItem.status,
      ).toBe('IN_PROGRESS');
      expect(
        (await t.gql(PLAN, { input: { contractId: a, competence: '9.9', objective: 'x' } }, counsellor)).errors![0]
          .extensions.fields,
      ).toEqual({ competence: 'Compétence Pix inconnue (1.1 à 5.2).' });

      const [branch] = await t.dataSource.query(
        `SELECT b.id FROM branches b JOIN structures s ON s.id = b."structureId" WHERE s.name = 'Mission Locale Alès Pays Cévennes' ORDER BY b.code LIMIT 1`,
      );
      const workshop = (
        await gql(
          `mutation($input: CreateCejDigitalWorkshopInput!) { createCejDigitalWorkshop(input: $input) { id title } }`,
          {
            input: {
              title: 'Candidater en ligne',
              branchId: branch.id,
              date: today,
              hours: 2.5,
              provider: 'Espace numérique',
              capacity: 1,
            },
          },
        )
      ).createCejDigitalWorkshop;
      const ENROL = `mutation($input: EnrolInCejDigitalWorkshopInput!) { enrolInCejDigitalWorkshop(input: $input) { id version attendance workshop { title } } }`;
      const enrolment = (await gql(ENROL, { input: { workshopId: workshop.id, contractId: a } }))
        .enrolInCejDigitalWorkshop;
      expect(enrolment).toMatchObject({ attendance: 'ENROLLED', workshop: { title: 'Candidater en ligne' } });
      expect(
        (await t.gql(ENROL, { input: { workshopId: workshop.id, contractId: b } }, counsellor)).errors![0].extensions
          .fields,
      ).toEqual({ workshopId: 'L’atelier est complet (1 places).' });
      expect(errorCode(await t.gql(ENROL, { input: { workshopId: workshop.id, contractId: a } }, lyon))).toBe(
        'NOT_FOUND',
      );
      await gql(
        `mutation($input: RecordCejWorkshopAttendanceInput!) { recordCejWorkshopAttendance(input: $input) { attendance } }`,
        { input: { enrolmentId: enrolment.id, version: enrolment.version, attendance: 'ATTENDED' } },
      );
      await gql(
        `mutation($input: RecordCejDigitalCertificationInput!) { recordCejDigitalCertification(input: $input) { kind } }`,
        { input: { contractId: a, kind: 'PIX', obtainedOn: today, result: '312 pix' } },
      );

      const file = (
        await gql(
          `query($id: ID!) { cejContract(id: $id) { pixDiagnostics { totalPix } digitalPlan { objective status } digitalEnrolments { attendance workshop { title } } digitalCertifications { kind result } } }`,
          { id: a },
        )
      ).cejContract;
      expect(file).toEqual({
        pixDiagnostics: [{ totalPix: 48 }],
        digitalPlan: [{ objective: 'Rédiger son CV sur traitement de texte', status: 'IN_PROGRESS' }],
        digitalEnrolments: [{ attendance: 'ATTENDED', workshop: { title: 'Candidater en ligne' } }],
        digitalCertifications: [{ kind: 'PIX', result: '312 pix' }],
      });

      const report = (
        await gql(
          `query($month: String!) { cejDigitalMonthlyReport(month: $month) { month runningContracts diagnosedContracts diagnosedRate diagnosticsInMonth contractsWithPlan workshopsInMonth enrolmentsInMonth attendancesInMonth attendedHoursInMonth certificationsInMonth } }`,
          { month: today },
        )
      ).cejDigitalMonthlyReport;
      expect(report).toMatchObject({
        month: `${today.slice(0, 7)}-01`,
        diagnosedContracts: 1,
        diagnosticsInMonth: 1,
        contractsWithPlan: 1,
        workshopsInMonth: 1,
        enrolmentsInMonth: 1,
        attendancesInMonth: 1,
        attendedHoursInMonth: 2.5,
        certificationsInMonth: 1,
      });
      expect(report.runningContracts).toBeGreaterThanOrEqual(2);
      expect(report.diagnosedRate).toBeCloseTo(1 / report.runningContracts, 4);
    });
  });
});
