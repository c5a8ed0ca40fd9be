import {
  CommitteeDecision,
  ContractType,
  ExitReason,
  FollowUpKind,
  ObstacleKind,
  ObstacleSeverity,
  PathStatus,
  StepKind,
  StepOutcome,
} from '@passerelle/domain';
import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  contractLabel,
  isContractStep,
  isFixedTerm,
  pathActions,
  periodLabel,
  type TimelinePath,
} from './path-rules';

const ALL = { write: true, coordinate: true };
const REFERENT = { write: true, coordinate: false };
const READER = { write: false, coordinate: false };

describe('actions offered on a path', () => {
  it('offers only what the state machine allows from each status', () => {
    expect(pathActions({ status: PathStatus.PROPOSED }, ALL)).toEqual([
      'present',
      'recordFollowUp',
      'recordDiagnosis',
      'addObstacle',
      'withdraw',
    ]);
    expect(pathActions({ status: PathStatus.AWAITING_COMMITTEE }, ALL)).toEqual([
      'decide',
      'recordFollowUp',
      'recordDiagnosis',
      'addObstacle',
    ]);
    expect(pathActions({ status: PathStatus.ACTIVE }, ALL)).toEqual([
      'addStep',
      'recordFollowUp',
      'recordDiagnosis',
      'addObstacle',
      'exit',
    ]);
    expect(pathActions({ status: PathStatus.IN_JOB_FOLLOW_UP }, ALL)).toEqual([
      'addStep',
      'recordFollowUp',
      'recordDiagnosis',
      'addObstacle',
      'jobLost',
      'exit',
    ]);
    expect(pathActions({ status: PathStatus.EXITED, fseExitMissing: true }, ALL)).toEqual(['recordFseExit', 'reopen']);
    expect(pathActions({ status: PathStatus.EXITED, fseExitMissing: false }, ALL)).toEqual(['reopen']);
    expect(pathActions({ status: PathStatus.NOT_ADMITTED }, ALL)).toEqual([]);
  });

  it('keeps the committee decision and the reopening for the coordination, and everything from readers', () => {
    expect(pathActions({ status: PathStatus.AWAITING_COMMITTEE }, REFERENT)).not.toContain('decide');
    expect(pathActions({ status: PathStatus.EXITED, fseExitMissing: true }, REFERENT)).toEqual(['recordFseExit']);
    for (const status of Object.values(PathStatus))
      expect(pathActions({ status, fseExitMissing: true }, READER)).toEqual([]);
  });
});

describe('actions offered to a provider’s référent', () => {
  const PROVIDER = { write: false, coordinate: false, provider: true };
  const consent = { givenOn: '2026-11-02' };

  it('asks for the participant’s consent before anything else', () => {
    expect(pathActions({ status: PathStatus.ACTIVE, consent: null }, PROVIDER)).toEqual(['recordConsent']);
  });

  it('offers the follow-up and an exit proposal, never the operator’s decisions', () => {
    expect(pathActions({ status: PathStatus.ACTIVE, consent }, PROVIDER)).toEqual([
      'addStep',
      'recordFollowUp',
      'recordDiagnosis',
      'addObstacle',
      'proposeExit',
    ]);
    expect(
      pathActions({ status: PathStatus.IN_JOB_FOLLOW_UP, consent, exitProposals: [{ status: 'PENDING' }] }, PROVIDER),
    ).toEqual(['addStep', 'recordFollowUp', 'recordDiagnosis', 'addObstacle']);
    for (const status of [
      PathStatus.PROPOSED,
      PathStatus.AWAITING_COMMITTEE,
      PathStatus.EXITED,
      PathStatus.NOT_ADMITTED,
    ])
      expect(pathActions({ status, consent, fseExitMissing: true }, PROVIDER)).toEqual([]);
  });

  it('lets the operator decide a pending exit proposal', () => {
    expect(pathActions({ status: PathStatus.ACTIVE, exitProposals: [{ status: 'PENDING' }] }, REFERENT)).toContain(
      'decideExit',
    );
    expect(
      pathActions({ status: PathStatus.ACTIVE, exitProposals: [{ status: 'DISMISSED' }] }, REFERENT),
    ).not.toContain('decideExit');
  });
});

describe('steps', () => {
  it('knows which steps carry a contract and which contracts have a length', () => {
    expect(isContractStep(StepKind.JOB)).toBe(true);
    expect(isContractStep(StepKind.IAE)).toBe(true);
    expect(isContractStep(StepKind.TRAINING)).toBe(false);
    expect(isContractStep('')).toBe(false);
    expect(isFixedTerm(ContractType.CDD)).toBe(true);
    expect(isFixedTerm(ContractType.CDI)).toBe(false);
    expect(contractLabel({ contractType: ContractType.CDD, contractMonths: 6, workingTimePercent: 80 })).toBe(
      'CDD · 6 mois · 80 %',
    );
    expect(contractLabel({ contractType: null })).toBeNull();
    expect(periodLabel('2026-03-02', '2026-08-31')).toBe('du 02/03/2026 au 31/08/2026');
    expect(periodLabel('2026-03-02', null)).toBe('à partir du 02/03/2026');
  });
});

describe('timeline of a path', () => {
  const path: TimelinePath = {
    status: PathStatus.EXITED,
    orientedOn: '2026-01-05',
    prescriber: 'France Travail',
    createdAt: '2026-01-05T09:00:00Z',
    transitions: [
      {
        id: 't0',
        fromStatus: null,
        toStatus: PathStatus.PROPOSED,
        effectiveOn: '2026-01-05',
        recordedAt: '2026-01-05T09:00:00Z',
        trigger: 'MANUAL',
      },
      {
        id: 't1',
        fromStatus: PathStatus.PROPOSED,
        toStatus: PathStatus.AWAITING_COMMITTEE,
        effectiveOn: '2026-01-10',
        recordedAt: '2026-01-10T09:00:00Z',
        trigger: 'COMMITTEE',
      },
      {
        id: 't2',
        fromStatus: PathStatus.ACTIVE,
        toStatus: PathStatus.EXITED,
        effectiveOn: '2026-09-30',
        recordedAt: '2026-09-30T09:00:00Z',
        trigger: 'EXIT',
      },
    ],
    committeeFiles: [
      {
        id: 'c1',
        presentedAt: '2026-01-10T09:00:00Z',
        decision: CommitteeDecision.ADMITTED,
        decidedAt: '2026-01-20T15:00:00Z',
        committee: { date: '2026-01-20', title: 'Comité de janvier' },
      },
    ],
    obstacles: [
      {
        id: 'o1',
        kind: ObstacleKind.MOBILITY,
        severity: ObstacleSeverity.HIGH,
        identifiedOn: '2026-01-25',
        liftedOn: '2026-03-01',
        createdAt: '2026-01-25T10:00:00Z',
      },
    ],
    steps: [
      {
        id: 's1',
        kind: StepKind.JOB,
        title: 'Cariste',
        organisation: 'Logistique du Nord',
        plannedStart: '2026-03-02',
        actualStart: '2026-03-02',
        outcome: StepOutcome.IN_PROGRESS,
        contractType: ContractType.CDI,
        workingTimePercent: 100,
        lastingJob: true,
        qualifying: false,
        createdAt: '2026-03-02T10:00:00Z',
      },
    ],
    followUps: [
      {
        id: 'f1',
        kind: FollowUpKind.INTERVIEW,
        date: '2026-03-02',
        durationMinutes: 45,
        createdAt: '2026-03-02T11:00:00Z',
        summary: 'Point embauche',
      },
      { id: 'f2', kind: FollowUpKind.REMINDER, date: '2026-02-01', answered: false, createdAt: '2026-02-01T11:00:00Z' },
    ],
    exit: { date: '2026-09-30', reason: ExitReason.LASTING_JOB, positive: true },
  };

  it('orders every dated event, most recent first, the same day by recording time', () => {
    const events = buildTimeline(path);
    expect(events.map((e) => e.key)).toEqual([
      'exit',
      'follow-up-f1',
      'step-s1',
      'obstacle-lifted-o1',
      'follow-up-f2',
      'obstacle-o1',
      'committee-decided-c1',
      'committee-presented-c1',
      'oriented',
    ]);
  });

  it('puts the exit first on its day, and keeps status changes when no committee passage explains them', () => {
    const sameDay = buildTimeline({
      ...path,
      committeeFiles: [],
      followUps: [{ id: 'f9', kind: FollowUpKind.INTERVIEW, date: '2026-09-30', createdAt: '2026-09-30T08:00:00Z' }],
    });
    expect(sameDay.map((e) => e.key).slice(0, 2)).toEqual(['exit', 'follow-up-f9']);
    expect(sameDay.map((e) => e.key)).toContain('transition-t1');
  });

  it('says what a person checks: positive exit, lasting job, decision, unanswered reminder', () => {
    const events = buildTimeline(path);
    const byKey = Object.fromEntries(events.map((e) => [e.key, e]));
    expect(byKey.exit.title).toBe('Sortie : Emploi durable');
    expect(byKey.exit.badges).toEqual([{ label: 'Sortie positive', color: 'teal' }]);
    expect(byKey['step-s1'].title).toBe('Emploi : Cariste');
    expect(byKey['step-s1'].details[0]).toBe('Logistique du Nord · CDI · 100 %');
    expect(byKey['step-s1'].badges.map((b) => b.label)).toContain('Emploi durable');
    expect(byKey['committee-decided-c1'].title).toBe('Décision du comité : Admis·e');
    expect(byKey['committee-decided-c1'].day).toBe('2026-01-20');
    expect(byKey['follow-up-f1'].title).toBe('Entretien individuel (45 min)');
    expect(byKey['follow-up-f2'].badges).toEqual([{ label: 'Sans réponse', color: 'orange' }]);
    expect(byKey.oriented.title).toBe('Orientation vers le PLIE par France Travail');
  });

  it('names who recorded each event, and shows the documents of the file among them', () => {
    const events = buildTimeline(
      {
        ...path,
        followUps: [{ ...path.followUps![0], author: { fullName: 'Nadia Ferhat' } }],
        committeeFiles: [
          {
            ...path.committeeFiles![0],
            presentedBy: { fullName: 'Nadia Ferhat' },
            decidedBy: { fullName: 'Pierre Almeras' },
          },
        ],
      },
      [
        {
          id: 'd1',
          source: 'UPLOADED',
          kindLabel: 'CV',
          title: 'cv.pdf',
          description: 'Remis en entretien',
          date: '2026-03-02',
          author: { fullName: 'Nadia Ferhat' },
        },
      ],
    );
    const byKey = Object.fromEntries(events.map((e) => [e.key, e]));
    expect(byKey['follow-up-f1'].author).toBe('Nadia Ferhat');
    expect(byKey['committee-decided-c1'].author).toBe('Pierre Almeras');
    expect(byKey['committee-presented-c1'].author).toBe('Nadia Ferhat');
    expect(byKey['document-UPLOADED-d1']).toMatchObject({
      category: 'document',
      title: 'CV : cv.pdf',
      details: ['Remis en entretien'],
      author: 'Nadia Ferhat',
    });
    // A document has a day only: after the other events of its day.
    const keys = events.map((e) => e.key);
    expect(keys.indexOf('document-UPLOADED-d1')).toBe(keys.indexOf('step-s1') + 1);
  });
});

describe('committee entries of backfilled data', () => {
  it('date a registration recorded after its session on the session day, before the decision', () => {
    const events = buildTimeline({
      status: PathStatus.ACTIVE,
      orientedOn: '2026-08-05',
      prescriber: 'Cap emploi',
      createdAt: '2026-11-23T05:00:00Z',
      transitions: [],
      committeeFiles: [
        {
          id: 'c',
          presentedAt: '2026-11-23T05:00:01Z',
          decision: CommitteeDecision.ADMITTED,
          decidedAt: '2026-11-23T05:00:00Z',
          committee: { date: '2026-09-04', title: 'Comité' },
        },
      ],
    });
    expect(events.map((e) => [e.key, e.day])).toEqual([
      ['committee-decided-c', '2026-09-04'],
      ['committee-presented-c', '2026-09-04'],
      ['oriented', '2026-08-05'],
    ]);
  });
});
