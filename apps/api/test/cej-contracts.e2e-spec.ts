import { addDays, addMonths, todayInParis } from '@passerelle/domain';
import { errorCode, TestApp } from './support/test-app';

const FIELDS = `id status statusChangedOn startOn initialMonths endOn lastDayOn signedOn ageAtSignature householdTaxBracket version
  participant { lastName } counsellor { fullName } branch { code }
  exit { endedOn reason positive comment }
  events { kind fromStatus toStatus effectiveOn reason }
  suspensions { reason fromOn expectedUntil resumedOn }
  renewals { commissionOn opinion previousEndOn newEndOn exceptional exceptionalJustification }`;
const CREATE = `mutation($input: CreateCejContractInput!) { createCejContract(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateCejContractInput!) { updateCejContract(input: $input) { ${FIELDS} } }`;
const SIGN = `mutation($input: SignCejContractInput!) { signCejContract(input: $input) { ${FIELDS} } }`;
const SUSPEND = `mutation($input: SuspendCejContractInput!) { suspendCejContract(input: $input) { ${FIELDS} } }`;
const RESUME = `mutation($input: ResumeCejContractInput!) { resumeCejContract(input: $input) { ${FIELDS} } }`;
const RENEW = `mutation($input: RenewCejContractInput!) { renewCejContract(input: $input) { ${FIELDS} } }`;
const END = `mutation($input: EndCejContractInput!) { endCejContract(input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { cejContract(id: $id) { ${FIELDS} } }`;

type Session = { token: string; structureId: string };

/** Dates relative to today, so that "not in the future" rules always hold. */
const today = todayInParis();
const ago = (days: number) => addDays(today, -days);

describe('CEJ contracts', () => {
  let t: TestApp;
  let counsellor: Session;
  let coordinator: Session;
  let director: Session;
  let lyon: Session;
  let counsellorId: string;

  async function youngPerson(
    lastName: string,
    birthDate: string,
    extra: Record<string, unknown> = {},
    session: Session = counsellor,
  ): Promise<string> {
    const result = await t.gql(
      `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
      { input: { lastName, firstName: 'Jeune', sex: 'FEMALE', birthDate, programme: 'CEJ', ...extra } },
      session,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createParticipant.id;
  }

  async function draft(
    lastName: string,
    birthDate = '2004-06-01',
    startOn = ago(60),
    extra: Record<string, unknown> = {},
  ) {
    const participantId = await youngPerson(lastName, birthDate);
    const result = await t.gql(
      CREATE,
      {
        input: { participantId, counsellorUserId: counsellorId, startOn, householdTaxBracket: 'NON_TAXABLE', ...extra },
      },
      counsellor,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createCejContract;
  }

  async function signed(lastName: string, startOn = ago(60)) {
    const contract = await draft(lastName, '2004-06-01', startOn);
    const result = await t.gql(
      SIGN,
      {
        input: {
          id: contract.id,
          version: contract.version,
          signedOn: startOn,
          inEducation: false,
          registeredJobseeker: true,
        },
      },
      counsellor,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.signCejContract;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    counsellor = await t.login('conseillere@ml-ales.test');
    coordinator = await t.login('coordination@ml-ales.test');
    director = await t.login('directrice@ml-ales.test');
    lyon = await t.login('conseiller@ml-lyon.test');
    const [row] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'conseillere@ml-ales.test'`);
    counsellorId = row.id;
  });
  afterAll(() => t.close());

  it('prepares a draft of 6 months by default, its end computed', async () => {
    const contract = await draft('Brouillon', '2004-06-01', '2025-01-06');
    expect(contract).toMatchObject({
      status: 'DRAFT',
      startOn: '2025-01-06',
      initialMonths: 6,
      endOn: '2025-07-05',
      lastDayOn: '2025-07-05',
      signedOn: null,
      counsellor: { fullName: 'Inès Garcia' },
      events: [],
    });
    const longer = await t.gql(
      UPDATE,
      { input: { id: contract.id, version: contract.version, initialMonths: 12 } },
      counsellor,
    );
    expect(longer.data!.updateCejContract).toMatchObject({ initialMonths: 12, endOn: '2026-01-05', version: 2 });
    const stale = await t.gql(
      UPDATE,
      { input: { id: contract.id, version: 1, householdTaxBracket: 'FIRST_BRACKET' } },
      counsellor,
    );
    expect(errorCode(stale)).toBe('CONFLICT');
  });

  it('refuses a duration out of 4 to 12 months, and a person outside the CEJ', async () => {
    const participantId = await youngPerson('Durée', '2004-06-01');
    for (const initialMonths of [3, 13]) {
      const result = await t.gql(
        CREATE,
        {
          input: {
            participantId,
            counsellorUserId: counsellorId,
            startOn: '2025-01-06',
            initialMonths,
            householdTaxBracket: 'NON_TAXABLE',
          },
        },
        counsellor,
      );
      expect(result.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { initialMonths: 'La durée initiale va de 4 à 12 mois (6 par défaut).' },
      });
    }
    const plie = await youngPerson('Plie', '1980-01-01', { programme: 'PLIE' });
    const notCej = await t.gql(
      CREATE,
      {
        input: {
          participantId: plie,
          counsellorUserId: counsellorId,
          startOn: '2025-01-06',
          householdTaxBracket: 'NON_TAXABLE',
        },
      },
      counsellor,
    );
    expect(notCej.errors![0].extensions.fields).toEqual({ participantId: 'Cette personne n’est pas suivie en CEJ.' });
    const ok = await t.gql(
      CREATE,
      {
        input: {
          participantId,
          counsellorUserId: counsellorId,
          startOn: '2025-01-06',
          householdTaxBracket: 'NON_TAXABLE',
        },
      },
      counsellor,
    );
    expect(ok.errors).toBeUndefined();
    const twice = await t.gql(
      CREATE,
      {
        input: {
          participantId,
          counsellorUserId: counsellorId,
          startOn: '2025-02-06',
          householdTaxBracket: 'NON_TAXABLE',
        },
      },
      counsellor,
    );
    expect(twice.errors![0].extensions.fields).toEqual({
      participantId: 'Cette personne a déjà un CEJ en cours (« Brouillon »).',
    });
  });

  it('refuses the signature of an ineligible young person, with the reason', async () => {
    const contract = await draft('Tropâgé', '1998-01-10', '2025-03-03');
    const refused = await t.gql(
      SIGN,
      { input: { id: contract.id, version: 1, signedOn: '2025-03-03', inEducation: false, registeredJobseeker: true } },
      counsellor,
    );
    expect(refused.errors![0].message).toBe(
      'Signature refusée : La personne a 27 ans à la signature : le CEJ est ouvert de 16 à 25 ans révolus (jusqu’à 29 ans avec une reconnaissance de handicap).',
    );
    expect(refused.errors![0].extensions.fields).toEqual({
      signedOn:
        'La personne a 27 ans à la signature : le CEJ est ouvert de 16 à 25 ans révolus (jusqu’à 29 ans avec une reconnaissance de handicap).',
    });
    const student = await draft('Étudiante', '2004-01-10', '2025-03-03');
    const notJobseeker = await t.gql(
      SIGN,
      { input: { id: student.id, version: 1, signedOn: '2025-03-03', inEducation: true, registeredJobseeker: false } },
      counsellor,
    );
    expect(Object.keys(notJobseeker.errors![0].extensions.fields!)).toEqual(['inEducation', 'registeredJobseeker']);
    const [row] = await t.dataSource.query(`SELECT status FROM cej_contracts WHERE id = $1`, [contract.id]);
    expect(row.status).toBe('DRAFT');
  });

  it('signs up to 29 with a recognised disability', async () => {
    const participantId = await youngPerson('Rqth', '1997-01-10', { entrySituations: ['RQTH'] });
    const contract = (
      await t.gql(
        CREATE,
        {
          input: {
            participantId,
            counsellorUserId: counsellorId,
            startOn: '2025-03-03',
            householdTaxBracket: 'NON_TAXABLE',
          },
        },
        counsellor,
      )
    ).data!.createCejContract;
    const result = await t.gql(
      SIGN,
      { input: { id: contract.id, version: 1, signedOn: '2025-03-01', inEducation: false, registeredJobseeker: true } },
      counsellor,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.signCejContract).toMatchObject({
      status: 'ACTIVE',
      signedOn: '2025-03-01',
      ageAtSignature: 28,
      events: [{ kind: 'SIGN', fromStatus: 'DRAFT', toStatus: 'ACTIVE', effectiveOn: '2025-03-01' }],
    });
  });

  it('refuses an operation the state does not allow, naming the states', async () => {
    const contract = await draft('Transition');
    const suspend = await t.gql(
      SUSPEND,
      { input: { id: contract.id, version: 1, reason: 'HEALTH', fromOn: ago(1) } },
      counsellor,
    );
    expect(suspend.errors![0].message).toBe(
      'Impossible de suspendre le contrat : il est « Brouillon », il doit être « Signé, en cours ».',
    );
    expect(suspend.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_TRANSITION',
      status: 'DRAFT',
    });
    const active = await signed('Transition2');
    const resume = await t.gql(
      RESUME,
      { input: { id: active.id, version: active.version, resumedOn: ago(1) } },
      counsellor,
    );
    expect(resume.errors![0].message).toBe(
      'Impossible de reprendre le contrat : il est « Signé, en cours », il doit être « Suspendu ».',
    );
    const signAgain = await t.gql(
      SIGN,
      {
        input: {
          id: active.id,
          version: active.version,
          signedOn: ago(1),
          inEducation: false,
          registeredJobseeker: true,
        },
      },
      counsellor,
    );
    expect(signAgain.errors![0].extensions).toMatchObject({ reason: 'INVALID_TRANSITION', status: 'ACTIVE' });
  });

  it('suspends and resumes with reason and dates, renews by the coordination, and ends on a lasting job', async () => {
    const start = ago(150);
    let contract = await signed('Parcours', start);
    const suspended = await t.gql(
      SUSPEND,
      {
        input: {
          id: contract.id,
          version: contract.version,
          reason: 'HEALTH',
          note: 'Hospitalisation',
          fromOn: ago(40),
          expectedUntil: ago(30),
        },
      },
      counsellor,
    );
    expect(suspended.errors).toBeUndefined();
    contract = suspended.data!.suspendCejContract;
    expect(contract).toMatchObject({
      status: 'SUSPENDED',
      suspensions: [{ reason: 'HEALTH', fromOn: ago(40), expectedUntil: ago(30), resumedOn: null }],
    });
    contract = (
      await t.gql(RESUME, { input: { id: contract.id, version: contract.version, resumedOn: ago(28) } }, counsellor)
    ).data!.resumeCejContract;
    expect(contract).toMatchObject({ status: 'ACTIVE', suspensions: [{ resumedOn: ago(28) }] });

    const renewal = {
      id: contract.id,
      version: contract.version,
      commissionOn: ago(10),
      opinion: 'Immersions à poursuivre, projet en voie de validation.',
      newEndOn: addDays(addMonths(start, 12), -1),
    };
    expect(errorCode(await t.gql(RENEW, { input: renewal }, counsellor))).toBe('FORBIDDEN');
    const tooLong = await t.gql(RENEW, { input: { ...renewal, newEndOn: addMonths(start, 14) } }, coordinator);
    expect(Object.keys(tooLong.errors![0].extensions.fields!)).toEqual(['exceptionalJustification']);
    const noOpinion = await t.gql(RENEW, { input: { ...renewal, opinion: ' ' } }, coordinator);
    expect(noOpinion.errors![0].extensions.fields).toEqual({
      opinion: 'L’avis motivé de la commission de suivi est obligatoire.',
    });
    const renewed = await t.gql(RENEW, { input: renewal }, coordinator);
    expect(renewed.errors).toBeUndefined();
    contract = renewed.data!.renewCejContract;
    expect(contract).toMatchObject({
      status: 'ACTIVE',
      endOn: renewal.newEndOn,
      renewals: [
        {
          opinion: renewal.opinion,
          previousEndOn: addDays(addMonths(start, 6), -1),
          newEndOn: renewal.newEndOn,
          exceptional: false,
        },
      ],
    });
    const exceptional = await t.gql(
      RENEW,
      {
        input: {
          ...renewal,
          version: contract.version,
          commissionOn: ago(5),
          newEndOn: addMonths(start, 15),
          exceptionalJustification: 'Entrée en formation qualifiante dans deux mois.',
        },
      },
      coordinator,
    );
    expect(exceptional.errors).toBeUndefined();
    contract = exceptional.data!.renewCejContract;
    expect(contract.renewals[1]).toMatchObject({
      exceptional: true,
      exceptionalJustification: 'Entrée en formation qualifiante dans deux mois.',
    });

    const ended = await t.gql(
      END,
      {
        input: {
          id: contract.id,
          version: contract.version,
          endedOn: ago(1),
          reason: 'LASTING_JOB',
          comment: 'CDI de vendeuse',
        },
      },
      counsellor,
    );
    expect(ended.errors).toBeUndefined();
    expect(ended.data!.endCejContract).toMatchObject({
      status: 'ENDED',
      lastDayOn: ago(1),
      exit: { endedOn: ago(1), reason: 'LASTING_JOB', positive: true, comment: 'CDI de vendeuse' },
    });
    expect(ended.data!.endCejContract.events.map((e: { kind: string }) => e.kind)).toEqual([
      'SIGN',
      'SUSPEND',
      'RESUME',
      'RENEW',
      'RENEW',
      'END',
    ]);
    const again = await t.gql(
      END,
      { input: { id: contract.id, version: ended.data!.endCejContract.version, endedOn: ago(1), reason: 'DROP_OUT' } },
      counsellor,
    );
    expect(again.errors![0].message).toBe(
      'Impossible de mettre fin au contrat : il est « Terminé », il doit être « Signé, en cours » ou « Suspendu ».',
    );
    const trail = await t.dataSource.query(
      `SELECT action FROM audit_logs WHERE "entityType" = 'Participant' AND details->>'contractId' = $1 ORDER BY id`,
      [contract.id],
    );
    expect(trail.map((r: { action: string }) => r.action)).toEqual(
      expect.arrayContaining([
        'cej.contract.created',
        'cej.contract.sign',
        'cej.contract.suspend',
        'cej.contract.resume',
        'cej.contract.renew',
        'cej.contract.end',
      ]),
    );
  });

  it('refuses an end before the last change or beyond the planned end', async () => {
    const contract = await signed('Fin', ago(30));
    const before = await t.gql(
      END,
      { input: { id: contract.id, version: contract.version, endedOn: ago(31), reason: 'DROP_OUT' } },
      counsellor,
    );
    expect(before.errors![0].extensions.fields).toEqual({
      endedOn: `La fin ne peut pas précéder le début du contrat (${ago(30)}).`,
    });
    const other = await t.gql(
      END,
      { input: { id: contract.id, version: contract.version, endedOn: ago(1), reason: 'OTHER' } },
      counsellor,
    );
    expect(other.errors![0].extensions.fields).toEqual({ comment: 'Précisez le motif de sortie.' });
  });

  it('answers NOT_FOUND for another structure’s contract, and FORBIDDEN to a role without the right', async () => {
    const contract = await signed('Ailleurs');
    expect(errorCode(await t.gql(GET, { id: contract.id }, lyon))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await t.gql(
          END,
          { input: { id: contract.id, version: contract.version, endedOn: ago(1), reason: 'DROP_OUT' } },
          lyon,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(GET, { id: 'pas-un-uuid' }, counsellor))).toBe('NOT_FOUND');
    const read = await t.gql(GET, { id: contract.id }, director);
    expect(read.data!.cejContract.status).toBe('ACTIVE');
    expect(
      errorCode(
        await t.gql(
          END,
          { input: { id: contract.id, version: contract.version, endedOn: ago(1), reason: 'DROP_OUT' } },
          director,
        ),
      ),
    ).toBe('FORBIDDEN');
    const provider = await t.login('prestataire@insertion-plus.test');
    expect(errorCode(await t.gql(`{ cejContracts { totalCount } }`, {}, provider))).toBe('FORBIDDEN');
  });

  it('lists the structure’s contracts with filters', async () => {
    const all = await t.gql(
      `query($filter: CejContractFilter) { cejContracts(filter: $filter, first: 100) { totalCount edges { node { status participant { lastName } } } } }`,
      { filter: { status: 'DRAFT' } },
      counsellor,
    );
    expect(all.errors).toBeUndefined();
    expect(all.data!.cejContracts.edges.every((e: { node: { status: string } }) => e.node.status === 'DRAFT')).toBe(
      true,
    );
    expect(all.data!.cejContracts.totalCount).toBeGreaterThan(0);
    const inLyon = await t.gql(`{ cejContracts(filter: { status: DRAFT }) { totalCount } }`, {}, lyon);
    expect(inLyon.data!.cejContracts.totalCount).toBe(0);
    const bad = await t.gql(`{ cejContracts(filter: { counsellorUserId: "x" }) { totalCount } }`, {}, counsellor);
    expect(bad.errors![0].extensions.fields).toEqual({ 'filter.counsellorUserId': 'Conseiller·ère inconnu·e.' });
  });
});
