import { addDays, todayInParis } from '@passerelle/domain';
import { errorCode, TestApp } from './support/test-app';

type Session = { token: string; structureId: string };

const today = todayInParis();
const ago = (days: number) => addDays(today, -days);
const LIST = `query($first: Int!, $after: String, $filter: CejCohortFilter) { cejCohorts(first: $first, after: $after, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { name period memberCount branch { id } counsellor { fullName } } } } }`;
const CREATE = `mutation($input: CreateCejCohortInput!) { createCejCohort(input: $input) { id version name period } }`;
const UPDATE = `mutation($input: UpdateCejCohortInput!) { updateCejCohort(input: $input) { id version name startsOn endsOn counsellor { fullName } } }`;

describe('CEJ promo list and edits, breach suggestions', () => {
  let t: TestApp;
  let counsellor: Session;
  let coordinator: Session;
  let lyon: Session;
  let counsellorId: string;
  let coordinatorId: string;
  let branches: { id: string }[];

  const gql = async (query: string, variables: Record<string, unknown> = {}, session: Session = counsellor) => {
    const result = await t.gql(query, variables, session);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const userId = async (email: string) =>
    (await t.dataSource.query(`SELECT id FROM users WHERE email = $1`, [email]))[0].id as string;

  async function contract(lastName: string, startOn: string): Promise<string> {
    const participant = await gql(
      `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
      { input: { lastName, firstName: 'Jeune', sex: 'FEMALE', birthDate: '2004-06-01', programme: 'CEJ' } },
    );
    const draft = await gql(`mutation($input: CreateCejContractInput!) { createCejContract(input: $input) { id } }`, {
      input: {
        participantId: participant.createParticipant.id,
        counsellorUserId: counsellorId,
        startOn,
        householdTaxBracket: 'NON_TAXABLE',
      },
    });
    await gql(`mutation($input: SignCejContractInput!) { signCejContract(input: $input) { id } }`, {
      input: {
        id: draft.createCejContract.id,
        version: 1,
        signedOn: startOn,
        inEducation: false,
        registeredJobseeker: true,
      },
    });
    return draft.createCejContract.id;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    counsellor = await t.login('conseillere@ml-ales.test');
    coordinator = await t.login('coordination@ml-ales.test');
    lyon = await t.login('conseiller@ml-lyon.test');
    counsellorId = await userId('conseillere@ml-ales.test');
    coordinatorId = await userId('coordination@ml-ales.test');
    branches = await t.dataSource.query(
      `SELECT b.id FROM branches b JOIN structures s ON s.id = b."structureId" WHERE s.name = 'Mission Locale Alès Pays Cévennes' ORDER BY b.code`,
    );
  });
  afterAll(() => t.close());

  describe('promos', () => {
    it('lists the promos running, past or to come, by counsellor and branch, one page at a time', async () => {
      const mine = { counsellorUserId: coordinatorId };
      expect((await gql(LIST, { first: 10, filter: mine })).cejCohorts.totalCount).toBe(0);
      const create = (name: string, startsOn: string, endsOn: string, branchId: string | null = branches[0].id) =>
        gql(CREATE, { input: { name, counsellorUserId: coordinatorId, branchId, startsOn, endsOn } }, coordinator);
      expect((await create('Promo en cours A', ago(5), addDays(today, 10))).createCejCohort.period).toBe('RUNNING');
      await create('Promo en cours B', ago(2), addDays(today, 20), branches[1]?.id ?? branches[0].id);
      expect((await create('Promo passée', ago(60), ago(40))).createCejCohort.period).toBe('PAST');
      expect((await create('Promo à venir', addDays(today, 10), addDays(today, 30))).createCejCohort.period).toBe(
        'UPCOMING',
      );

      const names = async (filter: Record<string, unknown>) =>
        (await gql(LIST, { first: 10, filter: { ...mine, ...filter } })).cejCohorts.edges.map(
          (e: { node: { name: string } }) => e.node.name,
        );
      expect(await names({ period: 'RUNNING' })).toEqual(['Promo en cours B', 'Promo en cours A']);
      expect(await names({ period: 'PAST' })).toEqual(['Promo passée']);
      expect(await names({ period: 'UPCOMING' })).toEqual(['Promo à venir']);
      if (branches.length > 1) expect(await names({ branchId: branches[1].id })).toEqual(['Promo en cours B']);

      const page1 = (await gql(LIST, { first: 2, filter: mine })).cejCohorts;
      expect(page1).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
      expect(page1.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
        'Promo à venir',
        'Promo en cours B',
      ]);
      const page2 = (await gql(LIST, { first: 2, after: page1.pageInfo.endCursor, filter: mine })).cejCohorts;
      expect(page2.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
        'Promo en cours A',
        'Promo passée',
      ]);
      expect(page2.pageInfo.hasNextPage).toBe(false);
      expect(page1.edges[0].node).toMatchObject({ memberCount: 0, counsellor: { fullName: expect.any(String) } });

      // Another structure sees none of them.
      expect((await gql(LIST, { first: 10, filter: mine }, lyon)).cejCohorts.totalCount).toBe(0);
      // A filter that is not an id is refused in French.
      const bad = await t.gql(
        LIST,
        { first: 10, filter: { counsellorUserId: 'personne', period: 'HIER' } },
        counsellor,
      );
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    });

    it('edits a promo: counsellor, dates, name; refuses invalid dates, stale versions and other structures', async () => {
      const cohort = (
        await gql(CREATE, {
          input: {
            name: 'Promo à modifier',
            counsellorUserId: counsellorId,
            startsOn: ago(3),
            endsOn: addDays(today, 20),
          },
        })
      ).createCejCohort;
      const reversed = await t.gql(
        CREATE,
        { input: { name: 'Promo à l’envers', counsellorUserId: counsellorId, startsOn: ago(3), endsOn: ago(10) } },
        counsellor,
      );
      expect(reversed.errors![0].extensions.fields).toEqual({
        endsOn: 'La fin de la promo ne peut pas précéder son début.',
      });
      const badDay = await t.gql(
        CREATE,
        { input: { name: 'Promo', counsellorUserId: counsellorId, startsOn: '2025-02-30', endsOn: '2025-03-10' } },
        counsellor,
      );
      expect(errorCode(badDay)).toBe('BAD_USER_INPUT');

      const updated = (
        await gql(UPDATE, {
          input: {
            id: cohort.id,
            version: cohort.version,
            name: 'Promo Alès nord',
            counsellorUserId: coordinatorId,
            endsOn: addDays(today, 15),
          },
        })
      ).updateCejCohort;
      expect(updated).toMatchObject({
        name: 'Promo Alès nord',
        startsOn: ago(3),
        endsOn: addDays(today, 15),
        version: cohort.version + 1,
      });
      expect(
        errorCode(
          await t.gql(UPDATE, { input: { id: cohort.id, version: cohort.version, name: 'Écrasement' } }, counsellor),
        ),
      ).toBe('CONFLICT');
      const invalid = await t.gql(
        UPDATE,
        { input: { id: cohort.id, version: updated.version, endsOn: ago(10) } },
        counsellor,
      );
      expect(invalid.errors![0].extensions.fields).toEqual({
        endsOn: 'La fin de la promo ne peut pas précéder son début.',
      });
      expect(
        errorCode(await t.gql(UPDATE, { input: { id: cohort.id, version: updated.version, name: 'Piratage' } }, lyon)),
      ).toBe('NOT_FOUND');
      const notCounsellor = await t.gql(
        UPDATE,
        {
          input: { id: cohort.id, version: updated.version, counsellorUserId: await userId('conseiller@ml-lyon.test') },
        },
        counsellor,
      );
      expect(notCounsellor.errors![0].extensions.fields).toEqual({
        counsellorUserId: 'Choisissez un·e conseiller·ère ou un·e coordinateur·rice de la structure.',
      });
      const unchanged = (await gql(`query($id: ID!) { cejCohort(id: $id) { name version endsOn } }`, { id: cohort.id }))
        .cejCohort;
      expect(unchanged).toEqual({ name: 'Promo Alès nord', version: updated.version, endsOn: addDays(today, 15) });

      const member = await contract('Membre', ago(3));
      await gql(`mutation($input: AddCejCohortMembersInput!) { addCejCohortMembers(input: $input) { id } }`, {
        input: { cohortId: cohort.id, contractIds: [member] },
      });
      const list = (await gql(LIST, { first: 10, filter: { counsellorUserId: coordinatorId, period: 'RUNNING' } }))
        .cejCohorts;
      expect(
        list.edges.find((e: { node: { name: string } }) => e.node.name === 'Promo Alès nord').node.memberCount,
      ).toBe(1);
    });
  });

  describe('breach suggestions', () => {
    const FILE = `query($id: ID!) { cejContract(id: $id) { breaches { rank actionId } breachSuggestions { action { id version title breachDismissedAt } effect { rank sanction terminationDecision label } }
      allowance(month: $month) { sanction amount } } }`;
    const DISMISS = `mutation($input: DismissCejBreachSuggestionInput!) { dismissCejBreachSuggestion(input: $input) { id version breachDismissedAt breachDismissalNote } }`;
    const ATTENTION = `{ cejContractsNeedingAttention(first: 100) { edges { node { reasons contract { id } } } } }`;

    it('suggests a breach for each unexcused absence, for the counsellor to confirm or set aside — never applied by itself', async () => {
      const c = await contract('Absente', ago(20));
      const actions = (
        await gql(`mutation($input: AddCejActionsInput!) { addCejActions(input: $input) { id version title } }`, {
          input: {
            contractId: c,
            actions: [
              { date: ago(6), kind: 'WORKSHOP', title: 'Atelier CV', plannedHours: 3 },
              { date: ago(5), kind: 'INTERVIEW', title: 'Entretien', plannedHours: 1 },
              { date: ago(4), kind: 'WORKSHOP', title: 'Atelier numérique', plannedHours: 2 },
            ],
          },
        })
      ).addCejActions;
      const OUTCOME = `mutation($input: RecordCejActionOutcomeInput!) { recordCejActionOutcome(input: $input) { id version outcome } }`;
      const [cv, interview, digital] = await Promise.all(
        actions.map((a: { id: string; version: number }, i: number) =>
          gql(OUTCOME, {
            input: { id: a.id, version: a.version, outcome: i === 2 ? 'DONE' : 'NOT_DONE_UNEXCUSED' },
          }).then((r) => r.recordCejActionOutcome),
        ),
      );
      const file = async () =>
        (await gql(FILE.replace('allowance(month: $month)', 'allowance'), { id: c })).cejContract;

      let state = await file();
      expect(state.breaches).toEqual([]);
      expect(state.allowance.every((m: { sanction: string }) => m.sanction === 'NONE')).toBe(true);
      expect(state.breachSuggestions.map((s: { action: { title: string } }) => s.action.title)).toEqual([
        'Atelier CV',
        'Entretien',
      ]);
      expect(state.breachSuggestions[0].effect).toEqual({
        rank: 1,
        sanction: 'QUARTER_REMOVED',
        terminationDecision: false,
        label: '1er manquement : retrait d’un quart de l’allocation du mois',
      });
      const flagged = (await gql(ATTENTION)).cejContractsNeedingAttention.edges.find(
        (e: { node: { contract: { id: string } } }) => e.node.contract.id === c,
      );
      expect(flagged.node.reasons).toContain('BREACH_TO_REVIEW');

      // Refusals: another structure, no reason, not an unexcused absence, a stale version.
      expect(
        errorCode(
          await t.gql(DISMISS, { input: { actionId: cv.id, version: cv.version, reason: 'Justificatif reçu' } }, lyon),
        ),
      ).toBe('NOT_FOUND');
      expect(
        (await t.gql(DISMISS, { input: { actionId: cv.id, version: cv.version, reason: '  ' } }, counsellor)).errors![0]
          .extensions.fields,
      ).toEqual({ reason: 'Indiquez pourquoi le manquement est écarté.' });
      expect(
        (await t.gql(DISMISS, { input: { actionId: digital.id, version: digital.version, reason: 'x' } }, counsellor))
          .errors![0].extensions.fields,
      ).toEqual({ actionId: 'Seule une absence injustifiée suggère un manquement.' });
      expect(
        errorCode(
          await t.gql(DISMISS, { input: { actionId: cv.id, version: cv.version + 5, reason: 'x' } }, counsellor),
        ),
      ).toBe('CONFLICT');
      expect((await file()).breachSuggestions).toHaveLength(2);

      // The counsellor sets the first aside (a certificate came late) and confirms the second.
      const dismissed = (
        await gql(DISMISS, {
          input: { actionId: cv.id, version: cv.version, reason: 'Certificat médical reçu après coup' },
        })
      ).dismissCejBreachSuggestion;
      expect(dismissed).toMatchObject({
        breachDismissalNote: 'Certificat médical reçu après coup',
        breachDismissedAt: expect.any(String),
      });
      expect(
        (await t.gql(DISMISS, { input: { actionId: cv.id, version: dismissed.version, reason: 'encore' } }, counsellor))
          .errors![0].extensions.fields,
      ).toEqual({ actionId: 'Ce manquement suggéré est déjà écarté.' });
      const confirmed = await gql(
        `mutation($input: RecordCejBreachInput!) { recordCejBreach(input: $input) { rank occurredOn actionId } }`,
        { input: { contractId: c, actionId: interview.id, note: 'Absente sans prévenir à l’entretien' } },
      );
      expect(confirmed.recordCejBreach).toEqual({ rank: 1, occurredOn: ago(5), actionId: interview.id });
      expect(
        (
          await t.gql(
            DISMISS,
            { input: { actionId: interview.id, version: interview.version, reason: 'x' } },
            counsellor,
          )
        ).errors![0].extensions.fields,
      ).toEqual({ actionId: 'Le manquement est déjà confirmé pour cette absence.' });

      state = await file();
      expect(state.breachSuggestions).toEqual([]);
      expect(state.breaches).toEqual([{ rank: 1, actionId: interview.id }]);
      expect(state.allowance.find((m: { sanction: string }) => m.sanction === 'QUARTER_REMOVED')).toBeDefined();
      const after = (await gql(ATTENTION)).cejContractsNeedingAttention.edges.find(
        (e: { node: { contract: { id: string } } }) => e.node.contract.id === c,
      );
      expect(after?.node.reasons ?? []).not.toContain('BREACH_TO_REVIEW');
    });
  });
});
