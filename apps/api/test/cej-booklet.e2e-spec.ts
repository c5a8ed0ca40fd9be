import { addDays, POSITIONING_SKILL_CODES, todayInParis } from '@passerelle/domain';
import ExcelJS from 'exceljs';
import { pdfPageCount, pdfToText, plainSpaces, renderFirstPage } from './support/pdf';
import { errorCode, TestApp } from './support/test-app';

type Session = { token: string; structureId: string };

const today = todayInParis();
const ago = (days: number) => addDays(today, -days);

describe('CEJ positioning, action booklet and final evaluation', () => {
  let t: TestApp;
  let counsellor: Session;
  let contract: { id: string; version: number };
  let initialId: string;

  const gql = async (query: string, variables: Record<string, unknown>, session: Session = counsellor) => {
    const result = await t.gql(query, variables, session);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const POSITION = `mutation($input: RecordCejPositioningInput!) { recordCejPositioning(input: $input) { id milestone date version scores { skill field score } } }`;
  const grid = (score: number) => POSITIONING_SKILL_CODES.map((skill) => ({ skill, score }));

  beforeAll(async () => {
    t = await TestApp.start();
    counsellor = await t.login('conseillere@ml-ales.test');
    const [{ id: counsellorId }] = await t.dataSource.query(
      `SELECT id FROM users WHERE email = 'conseillere@ml-ales.test'`,
    );
    const participant = await gql(
      `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
      {
        input: { lastName: 'Martin-Ségur', firstName: 'Léa', sex: 'FEMALE', birthDate: '2005-02-14', programme: 'CEJ' },
      },
    );
    const draft = await gql(`mutation($input: CreateCejContractInput!) { createCejContract(input: $input) { id } }`, {
      input: {
        participantId: participant.createParticipant.id,
        counsellorUserId: counsellorId,
        startOn: ago(100),
        householdTaxBracket: 'NON_TAXABLE',
      },
    });
    contract = (
      await gql(`mutation($input: SignCejContractInput!) { signCejContract(input: $input) { id version } }`, {
        input: {
          id: draft.createCejContract.id,
          version: 1,
          signedOn: ago(100),
          inEducation: false,
          registeredJobseeker: true,
        },
      })
    ).signCejContract;
  });
  afterAll(() => t.close());

  it('records positioning sheets with the whole grid, once per milestone, and shows the progress', async () => {
    const missing = await t.gql(
      POSITION,
      { input: { contractId: contract.id, milestone: 'INITIAL', date: ago(95), scores: grid(2).slice(1) } },
      counsellor,
    );
    expect(missing.errors![0].extensions.fields!.scores).toMatch(
      /^Toutes les compétences de la grille doivent être notées ; il manque : Démarches administratives/,
    );
    const outOfScale = await t.gql(
      POSITION,
      {
        input: {
          contractId: contract.id,
          milestone: 'INITIAL',
          date: ago(95),
          scores: [...grid(2).slice(1), { skill: 'SOC_ADMIN', score: 5 }],
        },
      },
      counsellor,
    );
    expect(outOfScale.errors![0].extensions.fields).toEqual({ 'scores.14.score': 'Une note de 1 à 4 est attendue.' });
    const renewal = await t.gql(
      POSITION,
      { input: { contractId: contract.id, milestone: 'RENEWAL', date: ago(95), scores: grid(2) } },
      counsellor,
    );
    expect(renewal.errors![0].extensions.fields).toEqual({
      renewalId: 'Choisissez le renouvellement du contrat auquel la fiche se rapporte.',
    });

    const initial = await gql(POSITION, {
      input: {
        contractId: contract.id,
        milestone: 'INITIAL',
        date: ago(95),
        scores: grid(2),
        youngPersonComment: 'Je veux travailler dans la vente.',
      },
    });
    initialId = initial.recordCejPositioning.id;
    expect(initial.recordCejPositioning.scores).toHaveLength(15);
    const twice = await t.gql(
      POSITION,
      { input: { contractId: contract.id, milestone: 'INITIAL', date: ago(90), scores: grid(3) } },
      counsellor,
    );
    expect(twice.errors![0].extensions.fields).toEqual({
      milestone: 'La fiche « Positionnement initial (15 premiers jours) » est déjà saisie : modifiez-la.',
    });

    const later = grid(2).map((s) =>
      s.skill.startsWith('PRO_') ? { ...s, score: 3 } : s.skill === 'FUN_DIGITAL' ? { ...s, score: 4 } : s,
    );
    await gql(POSITION, { input: { contractId: contract.id, milestone: 'SIX_MONTHS', date: ago(2), scores: later } });
    const result = await gql(
      `query($id: ID!) { cejContract(id: $id) {
      positioningSchedule { milestone dueOn status positioning { date } }
      positioningProgress { from { milestone } to { milestone } fields { field before after delta } skills { skill label before after delta } } } }`,
      { id: contract.id },
    );
    expect(result.cejContract.positioningSchedule).toEqual([
      { milestone: 'INITIAL', dueOn: addDays(ago(100), 14), status: 'DONE', positioning: { date: ago(95) } },
      { milestone: 'SIX_MONTHS', dueOn: expect.any(String), status: 'DONE', positioning: { date: ago(2) } },
    ]);
    expect(result.cejContract.positioningProgress.fields).toEqual([
      { field: 'SOCIAL', before: 2, after: 2, delta: 0 },
      { field: 'PROFESSIONAL', before: 2, after: 3, delta: 1 },
      { field: 'FUNDAMENTAL_KNOWLEDGE', before: 2, after: 2.5, delta: 0.5 },
    ]);
    expect(
      result.cejContract.positioningProgress.skills.find((s: { skill: string }) => s.skill === 'FUN_DIGITAL'),
    ).toEqual({ skill: 'FUN_DIGITAL', label: 'Usages numériques', before: 2, after: 4, delta: 2 });
  });

  it('fills the booklet: actions with objective and self-evaluation, tutor reviews, reports, skills, local job market', async () => {
    const [immersion] = (
      await gql(`mutation($input: AddCejActionsInput!) { addCejActions(input: $input) { id version } }`, {
        input: {
          contractId: contract.id,
          actions: [
            {
              date: ago(40),
              kind: 'IMMERSION_DAY',
              title: 'PMSMP vendeuse en boulangerie',
              plannedHours: 7,
              organisation: 'Boulangerie Fabre',
              objective: 'Découvrir le métier de vendeuse',
            },
          ],
        },
      })
    ).addCejActions;
    const done = (
      await gql(
        `mutation($input: RecordCejActionOutcomeInput!) { recordCejActionOutcome(input: $input) { version } }`,
        { input: { id: immersion.id, version: immersion.version, outcome: 'DONE' } },
      )
    ).recordCejActionOutcome;
    await gql(`mutation($input: UpdateCejActionInput!) { updateCejAction(input: $input) { id } }`, {
      input: {
        id: immersion.id,
        version: done.version,
        selfEvaluation: 'VERY_SATISFIED',
        selfEvaluationNote: 'J’aime le contact avec les clients.',
      },
    });

    const ENTRY = `mutation($input: AddCejBookletEntryInput!) { addCejBookletEntry(input: $input) { id kind ratings { criterion score } } }`;
    const review = await gql(ENTRY, {
      input: {
        contractId: contract.id,
        kind: 'TUTOR_REVIEW',
        date: ago(39),
        title: 'Bilan de la PMSMP',
        content: 'Très ponctuelle, souriante, à l’écoute des consignes.',
        author: 'M. Fabre (tuteur)',
        organisation: 'Boulangerie Fabre',
        actionId: immersion.id,
        ratings: [
          { criterion: 'PUNCTUALITY', score: 4 },
          { criterion: 'INSTRUCTIONS', score: 3 },
        ],
      },
    });
    expect(review.addCejBookletEntry.ratings).toEqual([
      { criterion: 'PUNCTUALITY', score: 4 },
      { criterion: 'INSTRUCTIONS', score: 3 },
    ]);
    const wrong = await t.gql(
      ENTRY,
      {
        input: {
          contractId: contract.id,
          kind: 'INTERVIEW_REPORT',
          date: ago(30),
          title: 'Entretien',
          content: 'x',
          ratings: [{ criterion: 'PUNCTUALITY', score: 4 }],
        },
      },
      counsellor,
    );
    expect(wrong.errors![0].extensions.fields).toEqual({ ratings: 'Seul un bilan de tuteur porte des notes.' });
    await gql(ENTRY, {
      input: {
        contractId: contract.id,
        kind: 'INTERVIEW_REPORT',
        date: ago(30),
        title: 'Entretien de suivi',
        content: 'Projet de vente confirmé ; viser une seconde immersion en grande surface.',
        author: 'Inès Garcia',
      },
    });
    await gql(ENTRY, {
      input: {
        contractId: contract.id,
        kind: 'SOCIAL_RESOURCE',
        date: ago(20),
        title: 'Point information jeunesse',
        content: 'Aide au permis de conduire',
        organisation: '12 place de l’Hôtel de Ville, Alès',
      },
    });

    const SKILL = `mutation($input: SaveCejTransversalSkillInput!) { saveCejTransversalSkill(input: $input) { id label status version } }`;
    const skill = (
      await gql(SKILL, { input: { contractId: contract.id, label: 'Travailler en équipe', status: 'TO_WORK_ON' } })
    ).saveCejTransversalSkill;
    expect(
      (
        await gql(SKILL, {
          input: {
            contractId: contract.id,
            id: skill.id,
            version: skill.version,
            label: 'Travailler en équipe',
            status: 'ACQUIRED',
            transposition: 'Mise en rayon à deux pendant la PMSMP',
          },
        })
      ).saveCejTransversalSkill,
    ).toMatchObject({ status: 'ACQUIRED', version: 2 });
    expect(
      errorCode(
        await t.gql(
          SKILL,
          { input: { contractId: contract.id, id: skill.id, version: 1, label: 'x', status: 'ACQUIRED' } },
          counsellor,
        ),
      ),
    ).toBe('CONFLICT');
    await gql(SKILL, { input: { contractId: contract.id, label: 'Gérer son temps', status: 'TO_WORK_ON' } });
    const MARKET = `mutation($input: SaveCejMarketKnowledgeInput!) { saveCejMarketKnowledge(input: $input) { id } }`;
    await gql(MARKET, {
      input: {
        contractId: contract.id,
        kind: 'COMPANY',
        name: 'Intermarché Alès Sud',
        commune: 'Alès',
        distanceKm: 4,
        seasonality: 'Renforts l’été',
        note: 'Recrute des employés libre-service',
      },
    });
    await gql(MARKET, {
      input: { contractId: contract.id, kind: 'JOB', name: 'Vendeur·se en boulangerie', distanceKm: 45 },
    });

    const booklet = await gql(
      `query($id: ID!) { cejContract(id: $id) { booklet {
      actions { title objective selfEvaluation selfEvaluationNote }
      entries { kind title author }
      transversalSkills { label status transposition }
      marketKnowledge { kind name distanceKm } } } }`,
      { id: contract.id },
    );
    expect(booklet.cejContract.booklet).toEqual({
      actions: [
        {
          title: 'PMSMP vendeuse en boulangerie',
          objective: 'Découvrir le métier de vendeuse',
          selfEvaluation: 'VERY_SATISFIED',
          selfEvaluationNote: 'J’aime le contact avec les clients.',
        },
      ],
      entries: [
        { kind: 'TUTOR_REVIEW', title: 'Bilan de la PMSMP', author: 'M. Fabre (tuteur)' },
        { kind: 'INTERVIEW_REPORT', title: 'Entretien de suivi', author: 'Inès Garcia' },
        { kind: 'SOCIAL_RESOURCE', title: 'Point information jeunesse', author: null },
      ],
      transversalSkills: [
        { label: 'Travailler en équipe', status: 'ACQUIRED', transposition: 'Mise en rayon à deux pendant la PMSMP' },
        { label: 'Gérer son temps', status: 'TO_WORK_ON', transposition: null },
      ],
      marketKnowledge: [
        { kind: 'COMPANY', name: 'Intermarché Alès Sud', distanceKm: 4 },
        { kind: 'JOB', name: 'Vendeur·se en boulangerie', distanceKm: 45 },
      ],
    });
  });

  it('fills the final evaluation table per theme', async () => {
    const SET = `mutation($input: SetCejFinalEvaluationInput!) { setCejFinalEvaluation(input: $input) { theme version } }`;
    const row = {
      contractId: contract.id,
      theme: 'PROFESSIONAL_PROJECT',
      skillsAcquired: 'Projet de vendeuse validé par une PMSMP',
      progress: 'A découvert le métier et le confirme',
      areasToImprove: 'Passer le permis B',
    };
    expect((await gql(SET, { input: row })).setCejFinalEvaluation).toEqual({
      theme: 'PROFESSIONAL_PROJECT',
      version: 1,
    });
    expect(errorCode(await t.gql(SET, { input: row }, counsellor))).toBe('CONFLICT');
    await gql(SET, { input: { ...row, version: 1, progress: 'A découvert le métier de vendeuse et le confirme' } });
    await gql(SET, {
      input: {
        contractId: contract.id,
        theme: 'DIGITAL',
        skillsAcquired: 'Candidater en ligne',
        progress: 'Pix : de 96 à 180 pix',
        areasToImprove: 'Tableur',
      },
    });
    const result = await gql(
      `query($id: ID!) { cejContract(id: $id) { finalEvaluation { theme themeLabel skillsAcquired progress areasToImprove version positioningField positioningBefore positioningAfter } } }`,
      { id: contract.id },
    );
    expect(result.cejContract.finalEvaluation).toHaveLength(7);
    expect(result.cejContract.finalEvaluation[0]).toEqual({
      theme: 'PROFESSIONAL_PROJECT',
      themeLabel: 'Projet professionnel',
      skillsAcquired: row.skillsAcquired,
      progress: 'A découvert le métier de vendeuse et le confirme',
      areasToImprove: 'Passer le permis B',
      version: 2,
      positioningField: 'PROFESSIONAL',
      positioningBefore: 2,
      positioningAfter: 3,
    });
    expect(result.cejContract.finalEvaluation[1]).toMatchObject({
      theme: 'JOB_SEARCH',
      skillsAcquired: '',
      version: null,
    });
  });

  it('exports the booklet as a PDF for the young person, with its content', async () => {
    const response = await t
      .http()
      .get(`/files/cej/${contract.id}/booklet.pdf`)
      .set('authorization', `Bearer ${counsellor.token}`)
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="livret-actions-martin-segur.pdf"');
    const pdf = response.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = plainSpaces(pdfToText(pdf));
    // Running text wraps where the page ends: read it as one flow.
    const flow = text.replace(/\s+/g, ' ');
    for (const expected of [
      'Livret d’actions',
      'Léa Martin-Ségur',
      'PMSMP vendeuse en boulangerie',
      'Découvrir le métier de vendeuse',
      'Objectif atteint, très satisfait·e',
      'Bilan de la PMSMP',
      'Ponctualité et assiduité :',
      '4 / 4',
      '• Travailler en équipe — Mise en rayon à deux pendant la PMSMP (Acquise)',
      'Entretien de suivi',
      'Travailler en équipe',
      'Gérer son temps',
      'Intermarché Alès Sud',
      'Vendeur·se en boulangerie',
      '(hors du bassin)',
      'Point information jeunesse',
    ]) {
      expect(flow).toContain(expected);
    }
    // The progress between the first and the last positioning, as a table: one line per field.
    expect(text).toMatch(/^ *Domaine +\d\d\/\d\d\/\d{4} +\d\d\/\d\d\/\d{4} +Évolution *$/m);
    expect(text).toMatch(/^ *Champ professionnel +2 +3 +\+1 *$/m);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(4);
    expect(renderFirstPage(pdf).ink).toBeGreaterThan(0.005);
    const [trail] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_logs WHERE action = 'cej.booklet.exported' AND details->>'contractId' = $1`,
      [contract.id],
    );
    expect(trail.n).toBe(1);
  });

  it('exports the final evaluation as an XLSX workbook whose cells read back', async () => {
    const response = await t
      .http()
      .get(`/files/cej/${contract.id}/final-evaluation.xlsx`)
      .set('authorization', `Bearer ${counsellor.token}`)
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((response.body as Buffer).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Évaluation finale')!;
    expect(sheet.getCell('A1').value).toBe('Évaluation finale — Contrat d’engagement jeune');
    expect(sheet.getCell('B2').value).toBe('Léa Martin-Ségur');
    expect(sheet.getRow(6).values).toEqual([
      undefined,
      'Thème',
      'Compétences acquises',
      'Progrès',
      'Axes d’amélioration',
      'Positionnement initial (sur 4)',
      'Positionnement final (sur 4)',
    ]);
    expect(sheet.getRow(7).values).toEqual([
      undefined,
      'Projet professionnel',
      'Projet de vendeuse validé par une PMSMP',
      'A découvert le métier de vendeuse et le confirme',
      'Passer le permis B',
      2,
      3,
    ]);
    expect(sheet.getCell('A13').value).toBe('Numérique');
    expect(sheet.getCell('B13').value).toBe('Candidater en ligne');
    expect(sheet.getCell('E13').value).toBeNull();
    const grid = workbook.getWorksheet('Positionnements')!;
    expect(grid.getCell('C1').value).toBe(
      `Positionnement initial (15 premiers jours) (${ago(95).split('-').reverse().join('/')})`,
    );
    const digital = grid.getRows(2, 15)!.find((r) => r.getCell(2).value === 'Usages numériques')!;
    expect([
      digital.getCell(1).value,
      digital.getCell(3).value,
      digital.getCell(4).value,
      digital.getCell(5).value,
    ]).toEqual(['Savoirs fondamentaux', 2, 4, 2]);
  });

  it('guards the files: token, structure, right', async () => {
    expect((await t.http().get(`/files/cej/${contract.id}/booklet.pdf`)).status).toBe(401);
    const lyon = await t.login('conseiller@ml-lyon.test');
    const other = await t
      .http()
      .get(`/files/cej/${contract.id}/booklet.pdf`)
      .set('authorization', `Bearer ${lyon.token}`);
    expect(other.status).toBe(404);
    expect(other.body).toEqual({ code: 'NOT_FOUND', message: 'Contrat introuvable.' });
    const provider = await t.login('prestataire@insertion-plus.test');
    expect(
      (
        await t
          .http()
          .get(`/files/cej/${contract.id}/final-evaluation.xlsx`)
          .set('authorization', `Bearer ${provider.token}`)
      ).status,
    ).toBe(403);
    expect(
      (
        await t
          .http()
          .get(`/files/cej/not-a-uuid/final-evaluation.xlsx`)
          .set('authorization', `Bearer ${counsellor.token}`)
      ).status,
    ).toBe(404);
    const controller = await t.login('directrice@ml-ales.test');
    expect(
      (
        await t
          .http()
          .get(`/files/cej/${contract.id}/final-evaluation.xlsx`)
          .set('authorization', `Bearer ${controller.token}`)
      ).status,
    ).toBe(200);
    expect(initialId).toBeDefined();
  });
});
