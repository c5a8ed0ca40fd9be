import {
  ContractType,
  isLastingJob,
  isQualifyingTraining,
  jobFollowUpEnd,
  lastStep,
  StepKind,
  StepOutcome,
  stepFieldErrors,
} from './steps';

const job = (contractType: ContractType, extra: { contractMonths?: number; workingTimePercent?: number } = {}) => ({
  kind: StepKind.JOB,
  contractType,
  plannedStart: '2025-03-10',
  ...extra,
});

describe('lasting job rule', () => {
  it('recognises a CDI of at least half time', () => {
    expect(isLastingJob(job(ContractType.CDI, { workingTimePercent: 50 }))).toBe(true);
    expect(isLastingJob(job(ContractType.CDI, { workingTimePercent: 100 }))).toBe(true);
    expect(isLastingJob(job(ContractType.CDI, { workingTimePercent: 40 }))).toBe(false);
  });

  it('recognises a CDD or temporary work of 6 months or more, whatever the working time', () => {
    expect(isLastingJob(job(ContractType.CDD, { contractMonths: 6, workingTimePercent: 30 }))).toBe(true);
    expect(isLastingJob(job(ContractType.INTERIM, { contractMonths: 7 }))).toBe(true);
    expect(isLastingJob(job(ContractType.CDD, { contractMonths: 5 }))).toBe(false);
  });

  it('does not count an insertion contract, a training or an abandoned job', () => {
    expect(isLastingJob(job(ContractType.CDDI, { contractMonths: 12, workingTimePercent: 75 }))).toBe(false);
    expect(isLastingJob({ kind: StepKind.TRAINING, contractType: ContractType.CDI, workingTimePercent: 100 })).toBe(
      false,
    );
    expect(
      isLastingJob({ ...job(ContractType.CDI, { workingTimePercent: 100 }), outcome: StepOutcome.ABANDONED }),
    ).toBe(false);
  });
});

describe('follow-up in employment', () => {
  it('ends 6 months after hiring, on the last day of a shorter month', () => {
    expect(jobFollowUpEnd(job(ContractType.CDI, { workingTimePercent: 100 }))).toBe('2025-09-10');
    expect(jobFollowUpEnd({ ...job(ContractType.CDI, { workingTimePercent: 100 }), plannedStart: '2025-08-31' })).toBe(
      '2026-02-28',
    );
    expect(jobFollowUpEnd({ ...job(ContractType.CDI, { workingTimePercent: 100 }), actualStart: '2025-03-17' })).toBe(
      '2025-09-17',
    );
  });

  it('ends with a qualifying training, and does not start for a plain one', () => {
    const training = {
      kind: StepKind.TRAINING,
      qualifying: true,
      plannedStart: '2025-01-06',
      plannedEnd: '2025-06-27',
    };
    expect(isQualifyingTraining(training)).toBe(true);
    expect(jobFollowUpEnd(training)).toBe('2025-06-27');
    expect(jobFollowUpEnd({ ...training, actualEnd: '2025-07-04' })).toBe('2025-07-04');
    expect(jobFollowUpEnd({ ...training, qualifying: false })).toBeNull();
    expect(jobFollowUpEnd(job(ContractType.CDD, { contractMonths: 3 }))).toBeNull();
  });
});

describe('step checks', () => {
  it('asks a job for its contract, working time and length', () => {
    expect(stepFieldErrors({ kind: StepKind.JOB })).toEqual({
      contractType: 'Le type de contrat est obligatoire pour un emploi.',
      workingTimePercent: 'Le temps de travail est obligatoire pour un emploi (en % d’un temps plein).',
    });
    expect(stepFieldErrors({ kind: StepKind.JOB, contractType: ContractType.CDD, workingTimePercent: 100 })).toEqual({
      contractMonths: 'La durée du contrat (en mois) est obligatoire pour un contrat à durée déterminée.',
    });
    expect(stepFieldErrors({ kind: StepKind.IMMERSION, qualifying: true })).toEqual({
      qualifying: 'Seule une formation peut être qualifiante.',
    });
    expect(stepFieldErrors({ kind: StepKind.TRAINING, plannedStart: '2025-02-01', plannedEnd: '2025-01-01' })).toEqual({
      plannedEnd: 'La fin prévue précède le début prévu.',
    });
  });

  it('finds the most recent step by start day, then by recording order', () => {
    const a = { kind: StepKind.PLIE_ACTION, plannedStart: '2025-01-01', recordedAt: new Date('2025-01-01T10:00:00Z') };
    const b = { kind: StepKind.JOB, plannedStart: '2025-03-01', recordedAt: new Date('2025-01-02T10:00:00Z') };
    const c = { kind: StepKind.TRAINING, plannedStart: '2025-03-01', recordedAt: new Date('2025-03-02T10:00:00Z') };
    expect(lastStep([b, a])).toBe(b);
    expect(lastStep([c, a, b])).toBe(c);
    expect(lastStep([])).toBeNull();
  });
});
