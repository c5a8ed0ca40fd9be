import { Programme, Role, Sex, StructureKind } from '@passerelle/domain';
import { Actor } from '../src/core/auth/actor';
import { DomainError } from '../src/core/graphql/errors';
import { IndicatorsService } from '../src/modules/indicators/indicators.service';
import { ParticipantsService } from '../src/modules/participants/participants.service';
import { ServiceApp } from './support/service-app';

/** Indicator statuses, called on the service: proven units count, unproven ones are listed apart, the rule pays. */
describe('IndicatorsService statuses (service level)', () => {
  let s: ServiceApp;
  let indicators: IndicatorsService;
  let operator: Actor;
  let provider: Actor;
  let lotId: string;
  let indicatorId: string;

  const insert = async (table: string, row: Record<string, unknown>): Promise<string> => {
    const columns = Object.keys(row);
    const [{ id }] = await s.dataSource.query(
      `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      Object.values(row),
    );
    return id;
  };

  beforeAll(async () => {
    s = await ServiceApp.start();
    indicators = s.get(IndicatorsService);
    const operatorId = (await s.structure()).id;
    const providerId = (await s.structure(StructureKind.PROVIDER)).id;
    operator = (await s.member(operatorId, Role.COORDINATOR)).actor;
    provider = (await s.member(providerId, Role.PROVIDER_STAFF)).actor;
    const marketId = await insert('markets', {
      structureId: operatorId,
      kind: 'PUBLIC_CONTRACT',
      reference: 'M-2025-01',
      title: 'Accompagnement renforcé',
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      proofsKeptUntil: '2035-12-31',
      version: 1,
    });
    lotId = await insert('lots', {
      marketId,
      structureId: operatorId,
      number: 1,
      title: 'Entretiens individuels',
      territory: 'Amiens',
      site: 'Amiens',
      premisesProvidedBy: 'PROVIDER',
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      version: 1,
      awardedStructureId: providerId,
      conventionSignedOn: '2025-01-05',
      maxAnnualPriceTtc: '1000.00',
    });
    const participant = await s.get(ParticipantsService).create(operator, {
      programme: Programme.PLIE,
      lastName: 'Lefebvre',
      firstName: 'Marc',
      sex: Sex.MALE,
      birthDate: '1980-05-02',
      confirmNotDuplicate: false,
    });
    const orientationId = await insert('orientations', {
      structureId: operatorId,
      providerStructureId: providerId,
      participantId: participant.id,
      lotId,
      orientedOn: '2025-02-01',
      entryDueOn: '2025-02-16',
      version: 1,
    });
    const proof = () =>
      insert('proof_documents', {
        structureId: providerId,
        kind: 'SCAN',
        fileName: 'compte-rendu.pdf',
        mimeType: 'application/pdf',
        size: 10,
        sha256: 'a'.repeat(64),
        storagePath: `proofs/${Math.random()}`,
        keepUntil: '2035-12-31',
      });
    const interview = async (date: string, proofId: string | null) =>
      insert('activity_interviews', {
        lotId,
        providerStructureId: providerId,
        orientationId,
        kind: 'FOLLOW_UP',
        date,
        durationMinutes: 60,
        proofId,
      });
    await interview('2025-02-10', await proof());
    await interview('2025-04-10', await proof());
    await interview('2025-05-10', null);
    await interview('2026-01-10', await proof());
    indicatorId = await insert('payment_indicators', {
      lotId,
      structureId: operatorId,
      label: 'Entretiens',
      measure: 'INTERVIEWS',
      target: 4,
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      rule: 'CAP',
      params: { unitPrice: '100.00' },
    });
  });
  afterAll(async () => {
    await s.close();
  });

  it('counts proven units in the period, lists unproven ones apart, and pays value × unit price', async () => {
    const [status] = await indicators.lotIndicators(operator, lotId, '2025-06-30');
    expect(status).toMatchObject({
      value: 2,
      target: 4,
      achievementRate: 0.5,
      provenUnits: 2,
      unprovenUnits: 1,
      amountPayable: '200.00',
    });
  });

  it('is computed as of the day asked for, the same for the provider', async () => {
    const [early] = await indicators.lotIndicators(provider, lotId, '2025-03-01');
    expect(early).toMatchObject({ value: 1, provenUnits: 1, unprovenUnits: 0, amountPayable: '100.00' });
  });

  it('caps the amount at the lot’s maximum price', async () => {
    await s.dataSource.query(`UPDATE payment_indicators SET params = $2 WHERE id = $1`, [
      indicatorId,
      { unitPrice: '600.00' },
    ]);
    const [status] = await indicators.lotIndicators(operator, lotId, '2025-06-30');
    expect(status.amountPayable).toBe('1000.00');
  });

  it('keeps other structures out (NOT_FOUND)', async () => {
    const stranger = (await s.member((await s.structure()).id, Role.COORDINATOR)).actor;
    const error = await indicators.lotIndicators(stranger, lotId, '2025-06-30').catch((e: DomainError) => e);
    expect((error as DomainError).extensions.code).toBe('NOT_FOUND');
  });
});
