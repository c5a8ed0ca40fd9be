import {
  addDays,
  CejContractStatus,
  CejExitReason,
  CejSuspensionReason,
  HouseholdTaxBracket,
  Programme,
  Role,
  Sex,
  todayInParis,
} from '@passerelle/domain';
import { Actor } from '../src/core/auth/actor';
import { CejContract, CejContractEvent } from '../src/modules/cej/contracts/cej-contract.entity';
import { CejContractsService } from '../src/modules/cej/contracts/cej-contracts.service';
import { ParticipantsService } from '../src/modules/participants/participants.service';
import { errorCodeOf, ServiceApp } from './support/service-app';

/** CEJ contract transitions, called on the service: draft → active → suspended → active → ended. */
describe('CejContractsService (service level)', () => {
  let s: ServiceApp;
  let contracts: CejContractsService;
  let counsellor: Actor;
  let counsellorId: string;
  const today = todayInParis();
  const startOn = addDays(today, -60);

  beforeAll(async () => {
    s = await ServiceApp.start();
    contracts = s.get(CejContractsService);
    const structureId = (await s.structure()).id;
    const member = await s.member(structureId, Role.COUNSELLOR);
    counsellor = member.actor;
    counsellorId = member.user.id;
  });
  afterAll(async () => {
    await s.close();
  });

  const reload = (id: string) => s.dataSource.getRepository(CejContract).findOneByOrFail({ id });

  async function draft(lastName: string): Promise<CejContract> {
    const participant = await s.get(ParticipantsService).create(counsellor, {
      programme: Programme.CEJ,
      lastName,
      firstName: 'Inès',
      sex: Sex.FEMALE,
      birthDate: '2005-01-15',
      confirmNotDuplicate: false,
    });
    return contracts.create(counsellor, {
      participantId: participant.id,
      counsellorUserId: counsellorId,
      startOn,
      initialMonths: 6,
      householdTaxBracket: HouseholdTaxBracket.NON_TAXABLE,
    });
  }

  it('signs a draft, suspends and resumes it, then ends it, recording each event', async () => {
    const created = await draft('Martin');
    expect(created.status).toBe(CejContractStatus.DRAFT);

    const signed = await contracts.sign(counsellor, {
      id: created.id,
      version: created.version,
      signedOn: addDays(startOn, -1),
      inEducation: false,
      registeredJobseeker: true,
    });
    expect(signed).toMatchObject({ status: CejContractStatus.ACTIVE, signedOn: addDays(startOn, -1) });

    const suspended = await contracts.suspend(counsellor, {
      id: created.id,
      version: signed.version,
      reason: CejSuspensionReason.HEALTH,
      fromOn: addDays(today, -20),
    });
    expect(suspended.status).toBe(CejContractStatus.SUSPENDED);
    // Suspending twice is refused, and changes nothing.
    expect(
      await errorCodeOf(
        contracts.suspend(counsellor, {
          id: created.id,
          version: suspended.version,
          reason: CejSuspensionReason.HEALTH,
          fromOn: addDays(today, -19),
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await reload(created.id)).toMatchObject({ status: CejContractStatus.SUSPENDED, version: suspended.version });

    const resumed = await contracts.resume(counsellor, {
      id: created.id,
      version: suspended.version,
      resumedOn: addDays(today, -10),
    });
    expect(resumed.status).toBe(CejContractStatus.ACTIVE);

    const ended = await contracts.end(counsellor, {
      id: created.id,
      version: resumed.version,
      endedOn: addDays(today, -5),
      reason: CejExitReason.LASTING_JOB,
    });
    expect(ended).toMatchObject({ status: CejContractStatus.ENDED, endedOn: addDays(today, -5) });

    const events = await s.dataSource
      .getRepository(CejContractEvent)
      .find({ where: { contractId: created.id }, order: { recordedAt: 'ASC', id: 'ASC' } });
    expect(events.map((e) => e.toStatus)).toEqual([
      CejContractStatus.ACTIVE,
      CejContractStatus.SUSPENDED,
      CejContractStatus.ACTIVE,
      CejContractStatus.ENDED,
    ]);
  });

  it('refuses what the state does not allow: resuming an active contract, signing it twice, a stale version', async () => {
    const created = await draft('Durand');
    expect(
      await errorCodeOf(contracts.resume(counsellor, { id: created.id, version: created.version, resumedOn: today })),
    ).toBe('BAD_USER_INPUT');
    const signed = await contracts.sign(counsellor, {
      id: created.id,
      version: created.version,
      signedOn: startOn,
      inEducation: false,
      registeredJobseeker: true,
    });
    const again = contracts.sign(counsellor, {
      id: created.id,
      version: signed.version,
      signedOn: startOn,
      inEducation: false,
      registeredJobseeker: true,
    });
    expect(await errorCodeOf(again)).toBe('BAD_USER_INPUT');
    const stale = contracts.suspend(counsellor, {
      id: created.id,
      version: created.version,
      reason: CejSuspensionReason.FAMILY,
      fromOn: today,
    });
    expect(await errorCodeOf(stale)).toBe('CONFLICT');
    expect(await reload(created.id)).toMatchObject({ status: CejContractStatus.ACTIVE, version: signed.version });
  });
});
