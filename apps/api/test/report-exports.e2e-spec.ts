import { todayInParis } from '@passerelle/domain';
import ExcelJS from 'exceljs';
import { buildMayActivity } from './support/may-activity';
import { binary, pdfPageCount, pdfToText, plainSpaces, renderFirstPage } from './support/pdf';
import { TestApp } from './support/test-app';

type Session = { token: string; structureId: string };

describe('Report exports: XLSX, PDF, CSV and the FSE+ participant export', () => {
  let t: TestApp;
  let coordinator: Session;
  let counsellor: Session;
  let lunel: Session;
  let reportId: string;

  const download = (path: string, session?: Session) => {
    const call = t.http().get(path).buffer(true).parse(binary);
    if (session) call.set('authorization', `Bearer ${session.token}`);
    return call;
  };

  beforeAll(async () => {
    t = await TestApp.start();
    coordinator = await t.login('coordination@mlife-amiens.test');
    counsellor = await t.login('referent@mlife-amiens.test');
    lunel = await t.login('coordination@plie-lunel.test');
    await buildMayActivity(t, coordinator);
    const prepared = await t.gql(
      `mutation { prepareReport(input: { kind: INTERMEDIATE_MAY, year: 2025 }) { id version } }`,
      {},
      coordinator,
    );
    reportId = prepared.data!.prepareReport.id;
    await t.gql(
      `mutation($input: UpdateReportInput!) { updateReport(input: $input) { id } }`,
      { input: { id: reportId, version: 1, sections: [{ key: 'summary', text: 'Montée en charge conforme.' }] } },
      coordinator,
    );
  }, 120_000);
  afterAll(() => t.close());

  it('exports the report as XLSX, one sheet per table with French headers, the same figures cell by cell', async () => {
    const response = await download(`/files/reports/${reportId}.xlsx`, coordinator).expect(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Bilan intermédiaire au 31 mai 2025.xlsx')}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Synthèse',
      'Participants',
      'Entretiens et ateliers',
      'Ruptures et sorties',
      'Typologie EPCI',
      'Typologie âge',
      'Typologie sexe',
      'Typologie statut',
      'Parties rédigées',
    ]);
    const summary = workbook.getWorksheet('Synthèse')!;
    expect(summary.getCell('A1').value).toBe('Structure');
    expect(summary.getCell('B1').value).toBe('MLIFE Grand Amiénois (PLIE)');
    expect(summary.getCell('B4').value).toBe('du 01/01/2025 au 31/05/2025');
    expect(summary.getCell('B5').value).toBe('15/06/2025');
    expect(summary.getCell('B6').value).toBe('Brouillon');

    const participants = workbook.getWorksheet('Participants')!;
    expect([participants.getCell('A1').value, participants.getCell('B1').value]).toEqual(['Libellé', 'Nombre']);
    const column = (sheet: ExcelJS.Worksheet, col: string, from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => sheet.getCell(`${col}${from + i}`).value);
    expect(column(participants, 'A', 2, 6)).toEqual([
      'Participants accompagnés sur la période',
      'dont présents au début de la période',
      'dont entrés pendant la période',
      'En parcours à la fin de la période',
      'Sorties pendant la période',
    ]);
    expect(column(participants, 'B', 2, 6)).toEqual([3, 1, 2, 1, 2]);

    const activity = workbook.getWorksheet('Entretiens et ateliers')!;
    expect(column(activity, 'A', 2, 6)).toEqual([
      'Entretiens individuels',
      'Participations à des ateliers collectifs',
      'Entretiens ou ateliers par participant',
      'Ateliers collectifs animés',
      'Relances',
    ]);
    expect(column(activity, 'B', 2, 6)).toEqual([3, 3, 2, 2, 1]);

    const exits = workbook.getWorksheet('Ruptures et sorties')!;
    expect([exits.getCell('B1').value, exits.getCell('C1').value]).toEqual(['Sorties', 'dont positives']);
    expect([exits.getCell('A4').value, exits.getCell('B4').value]).toEqual(['Fin de parcours', 1]);
    expect([exits.getCell('A5').value, exits.getCell('B5').value]).toEqual(['Abandon', 1]);
    expect([
      exits.getCell('A12').value,
      exits.getCell('B12').value,
      exits.getCell('A13').value,
      exits.getCell('B13').value,
    ]).toEqual(['Ruptures (abandons et pertes de contact)', 1, 'Total des sorties', 2]);

    const epci = workbook.getWorksheet('Typologie EPCI')!;
    expect([epci.getCell('A1').value, epci.getCell('B1').value, epci.getCell('C1').value]).toEqual([
      'Libellé',
      'Participants',
      'Part (%)',
    ]);
    expect([epci.getCell('A2').value, epci.getCell('B2').value, epci.getCell('C2').value]).toEqual([
      'Amiens Métropole',
      2,
      66.7,
    ]);
    expect([epci.getCell('A3').value, epci.getCell('B3').value, epci.getCell('C3').value]).toEqual([
      'EPCI non renseigné',
      1,
      33.3,
    ]);
    const age = workbook.getWorksheet('Typologie âge')!;
    expect(column(age, 'A', 2, 6)).toEqual([
      'Moins de 18 ans',
      '18 à 25 ans',
      '26 à 44 ans',
      '45 à 54 ans',
      '55 ans et plus',
    ]);
    expect(column(age, 'B', 2, 6)).toEqual([0, 1, 1, 0, 1]);
    const sex = workbook.getWorksheet('Typologie sexe')!;
    expect(column(sex, 'A', 2, 3)).toEqual(['Femme', 'Homme']);
    expect(column(sex, 'B', 2, 3)).toEqual([2, 1]);
    const status = workbook.getWorksheet('Typologie statut')!;
    expect([status.getCell('A3').value, status.getCell('B3').value, status.getCell('C3').value]).toEqual([
      'Allocataire du RSA',
      1,
      33.3,
    ]);

    const written = workbook.getWorksheet('Parties rédigées')!;
    expect([written.getCell('A1').value, written.getCell('B1').value]).toEqual(['Partie', 'Texte']);
    expect([written.getCell('A2').value, written.getCell('B2').value]).toEqual([
      'Synthèse de la période',
      'Montée en charge conforme.',
    ]);
  });

  it('exports the report as a readable PDF: labels on one line, figures beside them, pages that render', async () => {
    const response = await download(`/files/reports/${reportId}.pdf`, coordinator).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf: Buffer = response.body;
    const text = plainSpaces(pdfToText(pdf));
    expect(text).toMatch(/^ *Participants accompagnés sur la période +3$/m);
    expect(text).toMatch(/^ *Reconnaissance de la qualité de travailleur handicapé \(RQTH\) +1 +33,3$/m);
    expect(text).toMatch(/^ *Ruptures \(abandons et pertes de contact\) +1 +0$/m);
    expect(text).toContain('Montée en charge conforme.');
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(5);
    const page = renderFirstPage(pdf);
    expect(page.height / page.width).toBeCloseTo(841.89 / 595.28, 1);
    expect(page.ink).toBeGreaterThan(0.01);
  });

  it('guards the files like the API: no token 401, another structure 404, no permission 403', async () => {
    expect((await download(`/files/reports/${reportId}.xlsx`)).status).toBe(401);
    const other = await download(`/files/reports/${reportId}.pdf`, lunel);
    expect(other.status).toBe(404);
    expect(JSON.parse(other.body.toString())).toEqual({ code: 'NOT_FOUND', message: 'Bilan introuvable.' });
    expect((await download(`/files/reports/not-a-report.xlsx`, coordinator)).status).toBe(404);
    expect((await download('/files/fse-participants.csv?from=2025-01-01&to=2025-12-31', counsellor)).status).toBe(403);
  });

  it('exports the reports list and the participants list as CSV', async () => {
    const reports = (await download('/files/reports.csv', coordinator).expect(200)).body.toString('utf8');
    expect(reports.split('\r\n')[0]).toBe(
      '\uFEFFBilan;Type;Début de période;Fin de période;À transmettre avant le;Statut;Transmis le;Identifiant',
    );
    expect(reports.split('\r\n')[1]).toBe(
      `Bilan intermédiaire au 31 mai 2025;Bilan intermédiaire au 31 mai;01/01/2025;31/05/2025;15/06/2025;Brouillon;;${reportId}`,
    );
    const people = (await download('/files/participants.csv?search=bra', coordinator).expect(200)).body.toString(
      'utf8',
    );
    const lines: string[] = people.trim().split('\r\n');
    expect(lines[0]).toBe(
      'Nom;Prénom;Sexe;Date de naissance;Dispositif;Commune;EPCI;Antenne;Référent·e;Statut du parcours PLIE;Identifiant',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Bravo;Test;Homme;01\/06\/1968;PLIE;;Amiens Métropole;;;Sorti;/);
    const bad = await download('/files/participants.csv?programme=NOPE', coordinator);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString('utf8')).fields).toEqual({ programme: 'Valeur non autorisée.' });
  });

  it('exports FSE+ entry and exit data, one row per participant of the period, and traces it', async () => {
    const csv = (
      await download('/files/fse-participants.csv?from=2025-01-01&to=2025-05-31', coordinator).expect(200)
    ).body.toString('utf8');
    const lines: string[] = csv.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0].split(';').slice(0, 6)).toEqual([
      'Identifiant Passerelle',
      'Nom',
      'Prénom',
      'Sexe',
      'Date de naissance',
      'Âge à l’entrée',
    ]);
    expect(lines.slice(1).map((l) => l.split(';')[1])).toEqual(['Alpha', 'Bravo', 'Charlie']);
    const xlsx = await download('/files/fse-participants.xlsx?from=2025-01-01&to=2025-05-31', coordinator).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = (n: number) =>
      Object.fromEntries(headers.map((h, i) => [h as string, sheet.getRow(n).getCell(i + 1).value]));
    expect(sheet.rowCount).toBe(4);
    expect(row(3)).toMatchObject({
      Nom: 'Bravo',
      Sexe: 'Homme',
      'Date de naissance': '01/06/1968',
      'Âge à l’entrée': 56,
      EPCI: 'Amiens Métropole',
      'Date d’entrée': '10/02/2025',
      'Date de sortie': '15/04/2025',
      'Motif de sortie': 'Abandon',
      'Sortie positive': 'Non',
      'Sortie : en emploi': null,
    });
    expect(row(2)).toMatchObject({ Nom: 'Alpha', 'Date de sortie': null, 'Âge à l’entrée': 34 });
    const invalid = await download('/files/fse-participants.csv?from=2025-13-01&to=2025-05-31', coordinator);
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body.toString()).fields).toEqual({
      from: 'Date de début invalide (format AAAA-MM-JJ attendu).',
    });
    const trail = await t.dataSource.query(`SELECT details FROM audit_logs WHERE action = 'export.fse' ORDER BY id`);
    expect(trail.map((r: any) => r.details)).toEqual([
      { from: '2025-01-01', to: '2025-05-31', rows: 3 },
      { from: '2025-01-01', to: '2025-05-31', rows: 3 },
    ]);
  });

  // Last: it adds a report of the current year to the structure's list.
  it('prints payment indicators with their long labels whole and amounts of 1 000 € and more with spaces', async () => {
    const year = todayInParis().slice(0, 4);
    const provider = await t.login('prestataire@insertion-plus.test');
    const [{ id: lotId, reference }] = await t.dataSource.query(
      `SELECT l.id, m.reference FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference = $1 AND l.number = 3`,
      [`MAPA-PLIE-${year}`],
    );
    // Lot 3's hours count when tied to its participants: Delta (admitted in 2025) is oriented to it.
    const [{ id: participantId }] = await t.dataSource.query(
      `SELECT id FROM participants WHERE "lastName" = 'Delta' AND "structureId" = $1`,
      [coordinator.structureId],
    );
    const orientation = await t.gql(
      `mutation($input: OrientParticipantInput!) { orientParticipant(input: $input) { id } }`,
      { input: { participantId, lotId, orientedOn: `${year}-03-01` } },
      coordinator,
    );
    expect(orientation.errors).toBeUndefined();
    // 30 h of coordination with their proofs on lot 3 (indicator « 45 h de coordination », 12 % of the price).
    for (const date of [`${year}-03-10`, `${year}-03-17`, `${year}-03-24`]) {
      const entry = await t.gql(
        `mutation($input: RecordTimeEntryInput!) { recordTimeEntry(input: $input) { id } }`,
        {
          input: {
            lotId,
            date,
            kind: 'COORDINATION',
            minutes: 600,
            description: 'Coordination des partenaires',
            orientationIds: [orientation.data!.orientParticipant.id],
          },
        },
        provider,
      );
      expect(entry.errors).toBeUndefined();
      await t.dataSource.query(`UPDATE time_entries SET "proofId" = gen_random_uuid() WHERE id = $1`, [
        entry.data!.recordTimeEntry.id,
      ]);
    }
    const statuses = await t.gql(
      `query($lotId: ID!, $asOf: String) { lotIndicators(lotId: $lotId, asOf: $asOf) { indicator { label } value amountPayable } }`,
      { lotId, asOf: `${year}-05-31` },
      coordinator,
    );
    const coordination = statuses.data!.lotIndicators.find((s: any) => s.indicator.label === '45 h de coordination');
    expect(coordination.value).toBe(30);
    expect(Number(coordination.amountPayable)).toBeGreaterThanOrEqual(1000);
    const amount = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2 })
      .format(Number(coordination.amountPayable))
      .replace(/\u202f/g, ' ');

    const prepared = await t.gql(
      `mutation { prepareReport(input: { kind: INTERMEDIATE_MAY, year: ${year} }) { id } }`,
      {},
      coordinator,
    );
    const response = await download(`/files/reports/${prepared.data!.prepareReport.id}.pdf`, coordinator).expect(200);
    const pdf: Buffer = response.body;
    const text = plainSpaces(pdfToText(pdf));
    // The label, then value, target, rate, amount, projection and unproven units, on one line.
    expect(text).toMatch(
      new RegExp(`^ *${reference} – lot 3 – 45 h de coordination +30 +45 +66,67 +${amount} € +`, 'm'),
    );
    expect(text).toMatch(
      new RegExp(`^ *${reference} – lot 1 – Sorties vers l’emploi ou la formation +0 +20 +0 +0,00 €`, 'm'),
    );
    // The bug this replaces: "2 /268" where the font had no narrow no-break space.
    expect(text).not.toMatch(/\d ?\/\d{3}\b/);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(6);
    expect(renderFirstPage(pdf).ink).toBeGreaterThan(0.01);
  });
});
