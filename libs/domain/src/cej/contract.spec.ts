import { Permission, roleHasPermission } from '../permissions';
import { Role } from '../roles';
import {
  CejContractStatus,
  cejEligibility,
  cejEndDate,
  cejTransitionError,
  CejTransitionKind,
  exitErrors,
  CejExitReason,
  initialDurationError,
  isExceptionalRenewal,
  renewalErrors,
} from './contract';

const facts = (birthDate: string, extra: Partial<Parameters<typeof cejEligibility>[0]> = {}) => ({
  birthDate,
  signedOn: '2025-03-10',
  disabilityRecognised: false,
  inEducation: false,
  registeredJobseeker: true,
  ...extra,
});

describe('CEJ eligibility at signature', () => {
  it('accepts 16 to 25 years old, counted on the day of signature', () => {
    expect(cejEligibility(facts('2009-03-10'))).toEqual({ eligible: true, age: 16, errors: {} });
    expect(cejEligibility(facts('1999-03-11')).eligible).toBe(true); // 25, turns 26 tomorrow
    expect(cejEligibility(facts('1999-03-11')).age).toBe(25);
  });

  it('refuses under 16 and over 25, with a clear French reason', () => {
    expect(cejEligibility(facts('2009-03-11'))).toEqual({
      eligible: false,
      age: 15,
      errors: { signedOn: 'La personne a 15 ans à la signature : le CEJ est ouvert à partir de 16 ans.' },
    });
    expect(cejEligibility(facts('1999-03-10')).errors).toEqual({
      signedOn:
        'La personne a 26 ans à la signature : le CEJ est ouvert de 16 à 25 ans révolus (jusqu’à 29 ans avec une reconnaissance de handicap).',
    });
  });

  it('goes up to 29 with a recognised disability, not beyond', () => {
    expect(cejEligibility(facts('1995-03-11', { disabilityRecognised: true })).eligible).toBe(true);
    expect(cejEligibility(facts('1995-03-10', { disabilityRecognised: true })).errors).toEqual({
      signedOn:
        'La personne a 30 ans à la signature : avec une reconnaissance de handicap, le CEJ est ouvert jusqu’à 29 ans révolus.',
    });
  });

  it('refuses a student, and requires the jobseeker registration from 2025 only', () => {
    expect(cejEligibility(facts('2003-01-01', { inEducation: true })).errors.inEducation).toMatch(/étudiant/);
    expect(cejEligibility(facts('2003-01-01', { registeredJobseeker: false })).errors.registeredJobseeker).toMatch(
      /1er janvier 2025/,
    );
    expect(cejEligibility(facts('2003-01-01', { registeredJobseeker: false, signedOn: '2024-12-31' })).eligible).toBe(
      true,
    );
  });
});

describe('CEJ durations', () => {
  it('computes the last day of the contract the way people count months', () => {
    expect(cejEndDate('2025-01-06', 6)).toBe('2025-07-05');
    expect(cejEndDate('2025-08-31', 6)).toBe('2026-02-27');
    expect(cejEndDate('2025-03-01', 12)).toBe('2026-02-28');
    expect(cejEndDate('2024-03-01', 4)).toBe('2024-06-30');
  });

  it('allows an initial duration of 4 to 12 months only', () => {
    expect(initialDurationError(4)).toBeNull();
    expect(initialDurationError(12)).toBeNull();
    expect(initialDurationError(3)).toBe('La durée initiale va de 4 à 12 mois (6 par défaut).');
    expect(initialDurationError(13)).not.toBeNull();
    expect(initialDurationError(6.5)).not.toBeNull();
  });
});

describe('CEJ renewals', () => {
  const base = {
    startOn: '2025-01-06',
    currentEndOn: '2025-07-05',
    commissionOn: '2025-06-20',
    opinion: 'Projet en cours de validation, immersions à poursuivre.',
  };

  it('accepts a renewal within 12 months in total', () => {
    expect(renewalErrors({ ...base, newEndOn: '2026-01-05' })).toEqual({});
    expect(isExceptionalRenewal(base.startOn, '2026-01-05')).toBe(false);
  });

  it('requires the commission’s reasoned opinion and a later end date', () => {
    expect(renewalErrors({ ...base, opinion: '  ', newEndOn: '2025-07-05' })).toEqual({
      opinion: 'L’avis motivé de la commission de suivi est obligatoire.',
      newEndOn: 'La nouvelle date de fin doit être postérieure à la fin actuelle (2025-07-05).',
    });
  });

  it('goes beyond 12 months only with a justification, and never beyond 18', () => {
    expect(renewalErrors({ ...base, newEndOn: '2026-03-05' })).toEqual({
      exceptionalJustification: 'Au-delà de 12 mois au total (après le 2026-01-05), une justification est obligatoire.',
    });
    expect(
      renewalErrors({
        ...base,
        newEndOn: '2026-07-05',
        exceptionalJustification: 'Formation qualifiante démarrant en mars.',
      }),
    ).toEqual({});
    expect(isExceptionalRenewal(base.startOn, '2026-07-05')).toBe(true);
    expect(renewalErrors({ ...base, newEndOn: '2026-07-06', exceptionalJustification: 'x' })).toEqual({
      newEndOn: 'Le contrat ne peut pas dépasser 18 mois au total (fin au plus tard le 2026-07-05).',
    });
  });
});

describe('CEJ state machine', () => {
  it('signs a draft only, suspends an active contract, resumes a suspended one', () => {
    expect(cejTransitionError(CejContractStatus.DRAFT, CejTransitionKind.SIGN)).toBeNull();
    expect(cejTransitionError(CejContractStatus.ACTIVE, CejTransitionKind.SUSPEND)).toBeNull();
    expect(cejTransitionError(CejContractStatus.SUSPENDED, CejTransitionKind.RESUME)).toBeNull();
    expect(cejTransitionError(CejContractStatus.SUSPENDED, CejTransitionKind.END)).toBeNull();
  });

  it('names the current and the required states when refusing', () => {
    expect(cejTransitionError(CejContractStatus.DRAFT, CejTransitionKind.SUSPEND)).toBe(
      'Impossible de suspendre le contrat : il est « Brouillon », il doit être « Signé, en cours ».',
    );
    expect(cejTransitionError(CejContractStatus.ENDED, CejTransitionKind.END)).toBe(
      'Impossible de mettre fin au contrat : il est « Terminé », il doit être « Signé, en cours » ou « Suspendu ».',
    );
    expect(cejTransitionError(CejContractStatus.SUSPENDED, CejTransitionKind.RENEW)).not.toBeNull();
    expect(cejTransitionError(CejContractStatus.ACTIVE, CejTransitionKind.SIGN)).not.toBeNull();
  });

  it('checks the exit date and asks for a comment on “other”', () => {
    expect(exitErrors({ startOn: '2025-01-06', endedOn: '2025-01-05', reason: CejExitReason.DROP_OUT })).toEqual({
      endedOn: 'La fin ne peut pas précéder le début du contrat (2025-01-06).',
    });
    expect(exitErrors({ startOn: '2025-01-06', endedOn: '2025-03-01', reason: CejExitReason.OTHER })).toEqual({
      comment: 'Précisez le motif de sortie.',
    });
    expect(
      exitErrors({
        startOn: '2025-01-06',
        endedOn: '2025-03-01',
        reason: CejExitReason.LASTING_JOB,
        lastChangeOn: '2025-03-02',
      }),
    ).toEqual({
      endedOn: 'La fin ne peut pas précéder le dernier changement d’état (2025-03-02).',
    });
  });
});

describe('CEJ permissions', () => {
  it('lets counsellors and coordinators follow contracts, and only coordinators renew them', () => {
    expect(roleHasPermission(Role.COUNSELLOR, Permission.CEJ_WRITE)).toBe(true);
    expect(roleHasPermission(Role.COUNSELLOR, Permission.CEJ_COORDINATE)).toBe(false);
    expect(roleHasPermission(Role.COORDINATOR, Permission.CEJ_COORDINATE)).toBe(true);
    expect(roleHasPermission(Role.DIRECTOR, Permission.CEJ_READ)).toBe(true);
    expect(roleHasPermission(Role.DIRECTOR, Permission.CEJ_WRITE)).toBe(false);
    expect(roleHasPermission(Role.CONTROLLER, Permission.CEJ_WRITE)).toBe(false);
    expect(roleHasPermission(Role.PROVIDER_STAFF, Permission.CEJ_READ)).toBe(false);
  });
});
