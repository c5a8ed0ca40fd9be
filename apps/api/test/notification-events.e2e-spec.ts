import { addDays, frenchDate, POSITIONING_SKILL_CODES, todayInParis } from '@passerelle/domain';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue, QueueEvents } from 'bullmq';
import { REMINDERS_QUEUE, SEND_STRUCTURE_REMINDERS_JOB } from '../src/core/queue/queues';
import { redisOptions } from '../src/core/queue/redis-connection';
import { SmtpCatcher } from './support/smtp-catcher';
import { GqlResult, TestApp } from './support/test-app';

type Session = { token: string; structureId: string };
const today = todayInParis();

const NOTIFICATIONS = `{ myNotifications(first: 50) { edges { node { kind title body link structureId emailedAt } } } }`;
const SET_EMAILS = `mutation($enabled: Boolean!) { setMyNotificationEmails(enabled: $enabled) }`;
const ORIENT = `mutation($input: OrientParticipantInput!) { orientParticipant(input: $input) { id } }`;

describe('Notifications for incoming work: who is told, in the app and by e-mail when opted in', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let referent: Session;
  let provider: Session;
  let otherProvider: Session;

  async function ok<T = any>(result: Promise<GqlResult>): Promise<T> {
    const r = await result;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data!)[0] as T;
  }
  const notifications = async (session: Session, kind: string) =>
    (await ok<any>(t.gql(NOTIFICATIONS, {}, session))).edges
      .map((e: any) => e.node)
      .filter((n: any) => n.kind === kind);
  /** Waits for the outbox and the mail queue to have handled every pending e-mail job. */
  const settled = async () => {
    for (let i = 0; i < 100; i++) {
      const [{ pending }] = await t.dataSource.query(`SELECT count(*)::int AS pending FROM outbox_jobs`);
      if (pending === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
  };

  beforeAll(async () => {
    smtp = new SmtpCatcher();
    await smtp.start();
    t = await TestApp.start({ env: { SMTP_URL: smtp.url, SMTP_FROM: 'Passerelle <ne-pas-repondre@passerelle.test>' } });
    referent = await t.login('referent@mlife-amiens.test');
    provider = await t.login('prestataire@insertion-plus.test');
    otherProvider = await t.login('prestataire@cap-competences.test');
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('tells the provider staff of a new orientation, e-mailing only those who keep e-mails on', async () => {
    expect(await ok(t.gql(`{ myNotificationEmails }`, {}, provider))).toBe(true);
    expect(await ok(t.gql(SET_EMAILS, { enabled: false }, provider))).toBe(false);
    expect(await ok(t.gql(`{ myNotificationEmails }`, {}, provider))).toBe(false);
    const lots = await t.dataSource.query(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'MAPA-PLIE%' ORDER BY l.number`,
    );
    const lot3 = lots[2].id;
    const [lefebvre] = await t.dataSource.query(`SELECT id FROM participants WHERE "lastName" = 'Lefebvre'`);
    const [benaissa] = await t.dataSource.query(`SELECT id FROM participants WHERE "lastName" = 'Benaïssa'`);

    const first = await ok(
      t.gql(ORIENT, { input: { participantId: lefebvre.id, lotId: lot3, orientedOn: today } }, referent),
    );
    const [told] = await notifications(provider, 'orientation-new');
    expect(told).toMatchObject({
      title: 'Nouvelle orientation : Sandrine Lefebvre',
      link: `/orientations/${first.id}`,
      structureId: provider.structureId,
    });
    expect(told.body).toContain(`au plus tard le ${frenchDate(addDays(today, 15))}`);
    // Her colleague (referente@insertion-plus.test) keeps e-mails on and gets one; the one who opted out does not.
    await smtp.waitFor((m) => m.subject === told.title && m.to.includes('referente@insertion-plus.test'));
    await settled();
    const sentTo = smtp.mails.filter((m) => m.subject === told.title).flatMap((m) => m.to);
    expect(sentTo).toEqual(['referente@insertion-plus.test']);
    expect((await notifications(provider, 'orientation-new'))[0].emailedAt).toBeNull();

    // Opted back in: the next orientation arrives by e-mail too, to this provider's staff only.
    await ok(t.gql(SET_EMAILS, { enabled: true }, provider));
    await ok(t.gql(ORIENT, { input: { participantId: benaissa.id, lotId: lot3, orientedOn: today } }, referent));
    const second = (await notifications(provider, 'orientation-new')).find((n: any) => n.title !== told.title);
    const mail = await smtp.waitFor(
      (m) => m.subject === second.title && m.to.includes('prestataire@insertion-plus.test'),
    );
    expect(mail.to).toEqual(['prestataire@insertion-plus.test']);
    expect(mail.raw.replace(/=\r?\n/g, '')).toContain(second.link);

    // Never another provider, nor the operator who oriented.
    expect(await notifications(otherProvider, 'orientation-new')).toEqual([]);
    expect(await notifications(referent, 'orientation-new')).toEqual([]);
  });

  it('tells the participant’s referent of the committee decision, and no one of another structure', async () => {
    const coordinator = await t.login('coordination@mlife-amiens.test');
    const lunel = await t.login('referente@plie-lunel.test');
    const [{ id: referentId }] = await t.dataSource.query(
      `SELECT id FROM users WHERE email = 'referent@mlife-amiens.test'`,
    );
    const participantId = (
      await ok(
        t.gql(
          `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
          {
            input: {
              lastName: 'Comité',
              firstName: 'Avis',
              sex: 'FEMALE',
              birthDate: '1980-04-02',
              referentUserId: referentId,
            },
          },
          coordinator,
        ),
      )
    ).id;
    const pathId = (
      await ok(
        t.gql(
          `mutation($input: ProposePliePathInput!) { proposePliePath(input: $input) { id } }`,
          { input: { participantId, prescriber: 'France Travail', orientedOn: addDays(today, -40) } },
          referent,
        ),
      )
    ).id;
    const committee = await ok(
      t.gql(
        `mutation($input: CreateApprovalCommitteeInput!) { createApprovalCommittee(input: $input) { id } }`,
        { input: { date: addDays(today, -30), title: 'Comité d’agrément' } },
        coordinator,
      ),
    );
    const file = await ok(
      t.gql(
        `mutation($input: PresentToCommitteeInput!) { presentToCommittee(input: $input) { id } }`,
        { input: { pathId, committeeId: committee.id } },
        referent,
      ),
    );
    await ok(
      t.gql(
        `mutation($input: DecideCommitteeFileInput!) { decideCommitteeFile(input: $input) { id } }`,
        { input: { fileId: file.id, decision: 'REFUSED', reason: 'Hors critères d’âge' } },
        coordinator,
      ),
    );
    const [told] = await notifications(referent, 'committee-decided');
    expect(told).toMatchObject({
      title: 'Décision du comité : Avis Comité, refusé',
      link: `/plie/parcours/${pathId}`,
      structureId: referent.structureId,
    });
    expect(told.body).toContain(`Le comité du ${frenchDate(addDays(today, -30))}`);
    expect(told.body).toContain('motif : Hors critères d’âge');
    const mail = await smtp.waitFor((m) => m.subject === told.title);
    expect(mail.to).toEqual(['referent@mlife-amiens.test']);
    expect(await notifications(coordinator, 'committee-decided')).toEqual([]);
    expect(await notifications(lunel, 'committee-decided')).toEqual([]);
    expect(await notifications(provider, 'committee-decided')).toEqual([]);
  });

  it('tells the operator’s coordinators of an exit proposal to validate, not the provider nor another operator', async () => {
    const coordinator = await t.login('coordination@mlife-amiens.test');
    const lunelCoordinator = await t.login('coordination@plie-lunel.test');
    const [{ id: orientationId }] = await t.dataSource.query(
      `SELECT o.id FROM orientations o JOIN participants p ON p.id = o."participantId" WHERE p."lastName" = 'Lefebvre' AND o."orientedOn" = $1`,
      [today],
    );
    const REMIND = `mutation($input: RecordReminderInput!) { recordActionReminder(input: $input) { id } }`;
    await ok(t.gql(REMIND, { input: { orientationId, date: today, mode: 'PHONE' } }, provider));
    expect(await notifications(coordinator, 'exit-proposal-pending')).toEqual([]);
    await ok(t.gql(REMIND, { input: { orientationId, date: today, mode: 'LETTER' } }, provider));
    const [told] = await notifications(coordinator, 'exit-proposal-pending');
    expect(told).toMatchObject({
      title: 'Proposition de sortie à valider : Sandrine Lefebvre',
      link: `/orientations/${orientationId}`,
      structureId: coordinator.structureId,
    });
    expect(told.body).toContain('2 relances sans réponse');
    const mail = await smtp.waitFor((m) => m.subject === told.title);
    expect(mail.to).toEqual(['coordination@mlife-amiens.test']);
    expect(await notifications(referent, 'exit-proposal-pending')).toEqual([]);
    expect(await notifications(provider, 'exit-proposal-pending')).toEqual([]);
    expect(await notifications(lunelCoordinator, 'exit-proposal-pending')).toEqual([]);
  });

  describe('daily reminders', () => {
    let queue: Queue;
    let events: QueueEvents;
    beforeAll(async () => {
      queue = t.app.get(getQueueToken(REMINDERS_QUEUE));
      events = new QueueEvents(REMINDERS_QUEUE, {
        connection: redisOptions(t.env.REDIS_URL),
        prefix: t.env.QUEUE_PREFIX,
      });
      await events.waitUntilReady();
    });
    afterAll(async () => {
      await events.close();
      await queue.obliterate({ force: true });
    });
    const remind = async (structureId: string, on: string) => {
      const job = await queue.add(SEND_STRUCTURE_REMINDERS_JOB, { structureId, on });
      return job.waitUntilFinished(events, 20000);
    };
    const sheets = async (session: Session, kind: string) =>
      (await notifications(session, kind)).filter((n: any) => /Lefebvre|Benaïssa/.test(n.title));

    it('tells the provider staff once of a liaison sheet due within 3 days, then once when it is late', async () => {
      const due = addDays(today, 15);
      await remind(provider.structureId, addDays(today, 11));
      expect(await sheets(provider, 'liaison-sheet-due')).toEqual([]);
      await remind(provider.structureId, addDays(today, 12));
      await remind(provider.structureId, addDays(today, 13));
      const soon = await sheets(provider, 'liaison-sheet-due');
      expect(soon.map((n: any) => n.title).sort()).toEqual([
        'Fiche de liaison à envoyer : Mohamed Benaïssa',
        'Fiche de liaison à envoyer : Sandrine Lefebvre',
      ]);
      expect(soon[0].body).toContain(`est attendue au plus tard le ${frenchDate(due)}`);
      expect(soon[0].link).toMatch(/^\/orientations\//);
      await smtp.waitFor((m) => m.subject === 'Fiche de liaison à envoyer : Sandrine Lefebvre');

      await remind(provider.structureId, addDays(today, 16));
      await remind(provider.structureId, addDays(today, 17));
      const late = await sheets(provider, 'liaison-sheet-late');
      expect(late).toHaveLength(2);
      expect(late[0].body).toContain(`était attendue le ${frenchDate(due)}`);
      expect(await sheets(provider, 'liaison-sheet-due')).toHaveLength(2);

      // The other provider and the operator are not told of these sheets.
      await remind(otherProvider.structureId, addDays(today, 17));
      await remind(referent.structureId, addDays(today, 17));
      expect(await sheets(otherProvider, 'liaison-sheet-late')).toEqual([]);
      expect(await sheets(referent, 'liaison-sheet-late')).toEqual([]);
    });

    it('tells the CEJ counsellor once of a positioning due within 3 days, then once when it is late, and records it stops them', async () => {
      const counsellor = await t.login('conseillere@ml-ales.test');
      const coordinator = await t.login('coordination@ml-ales.test');
      const lyon = await t.login('conseiller@ml-lyon.test');
      const [{ id: counsellorId }] = await t.dataSource.query(
        `SELECT id FROM users WHERE email = 'conseillere@ml-ales.test'`,
      );
      const participant = await ok(
        t.gql(
          `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
          {
            input: {
              lastName: 'Positionnée',
              firstName: 'Inès',
              sex: 'FEMALE',
              birthDate: '2006-05-02',
              programme: 'CEJ',
            },
          },
          counsellor,
        ),
      );
      const draft = await ok(
        t.gql(
          `mutation($input: CreateCejContractInput!) { createCejContract(input: $input) { id } }`,
          {
            input: {
              participantId: participant.id,
              counsellorUserId: counsellorId,
              startOn: today,
              householdTaxBracket: 'NON_TAXABLE',
            },
          },
          counsellor,
        ),
      );
      const contract = await ok(
        t.gql(
          `mutation($input: SignCejContractInput!) { signCejContract(input: $input) { id status } }`,
          {
            input: { id: draft.id, version: 1, signedOn: today, inEducation: false, registeredJobseeker: true },
          },
          counsellor,
        ),
      );
      expect(contract.status).toBe('ACTIVE');
      const mine = async (session: Session, kind: string) =>
        (await notifications(session, kind)).filter((n: any) => n.title.includes('Inès Positionnée'));
      // The initial sheet is due within the first 15 days (start + 14): announced 3 days before, not earlier.
      const due = addDays(today, 14);
      await remind(counsellor.structureId, addDays(today, 10));
      expect(await mine(counsellor, 'positioning-due')).toEqual([]);
      await remind(counsellor.structureId, addDays(today, 11));
      await remind(counsellor.structureId, addDays(today, 12));
      const soon = await mine(counsellor, 'positioning-due');
      expect(soon).toEqual([
        expect.objectContaining({
          title: 'Positionnement à faire : Inès Positionnée',
          body: `Positionnement initial (15 premiers jours) de Inès Positionnée est à faire au plus tard le ${frenchDate(due)}.`,
          link: `/cej/${contract.id}?onglet=positionnement`,
          structureId: counsellor.structureId,
        }),
      ]);
      // By e-mail too: the counsellor keeps e-mails on.
      await smtp.waitFor(
        (m) => m.subject === 'Positionnement à faire : Inès Positionnée' && m.to.includes('conseillere@ml-ales.test'),
      );

      await remind(counsellor.structureId, addDays(today, 15));
      await remind(counsellor.structureId, addDays(today, 16));
      const late = await mine(counsellor, 'positioning-overdue');
      expect(late).toHaveLength(1);
      expect(late[0].title).toBe('Positionnement en retard : Inès Positionnée');
      expect(late[0].body).toContain(`était à faire au plus tard le ${frenchDate(due)}`);
      expect(await mine(counsellor, 'positioning-due')).toHaveLength(1);
      // Only the contract's counsellor: not the coordination, not another Mission Locale.
      await remind(lyon.structureId, addDays(today, 16));
      expect(await mine(coordinator, 'positioning-due')).toEqual([]);
      expect(await mine(lyon, 'positioning-overdue')).toEqual([]);

      // Recorded, the sheet is no longer owed: the 6-month one is the next, announced in its turn only.
      await t.dataSource.query(`DELETE FROM notifications WHERE title LIKE '%Inès Positionnée%'`);
      const recorded = await t.gql(
        `mutation($input: RecordCejPositioningInput!) { recordCejPositioning(input: $input) { id } }`,
        {
          input: {
            contractId: contract.id,
            milestone: 'INITIAL',
            date: today,
            scores: POSITIONING_SKILL_CODES.map((skill) => ({ skill, score: 2 })),
          },
        },
        counsellor,
      );
      expect(recorded.errors).toBeUndefined();
      await remind(counsellor.structureId, addDays(today, 20));
      expect(await mine(counsellor, 'positioning-overdue')).toEqual([]);
      expect(await mine(counsellor, 'positioning-due')).toEqual([]);
    });
  });
});
