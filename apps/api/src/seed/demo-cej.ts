import {
  addDays,
  ageOn,
  BookletEntryKind,
  cejEndDate,
  CejActionKind,
  CejActionOutcome,
  CejContractStatus,
  CejExitReason,
  CejSuspensionReason,
  CejTransitionKind,
  DigitalCertificationKind,
  DigitalPlanItemStatus,
  FinalEvaluationTheme,
  HouseholdTaxBracket,
  MarketKnowledgeKind,
  monthStart,
  POSITIONING_SKILLS,
  PositioningMilestone,
  Programme,
  SelfEvaluation,
  Sex,
  todayInParis,
  TransversalSkillStatus,
  WorkshopAttendance,
  weekStart,
} from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { demoPersonKey } from './demo-participants';
import { BranchArea } from '../core/tenancy/branches/branch.entity';
import { User } from '../core/tenancy/users/user.entity';
import { CejBreach, CejIncomeDeclaration } from '../modules/cej/allowance/cej-allowance.entity';
import {
  CejBookletEntry,
  CejFinalEvaluation,
  CejMarketKnowledge,
  CejTransversalSkill,
} from '../modules/cej/booklet/cej-booklet.entity';
import { CejCohort, CejCohortSession } from '../modules/cej/cohorts/cej-cohort.entity';
import { Lot } from '../modules/markets/lots/lot.entity';
import { Market } from '../modules/markets/markets/market.entity';
import { ALES_CEJ_MARKET_REFERENCE } from './demo-markets';
import { CejContract, CejContractEvent, CejSuspension } from '../modules/cej/contracts/cej-contract.entity';
import {
  CejDigitalCertification,
  CejDigitalEnrolment,
  CejDigitalPlanItem,
  CejDigitalWorkshop,
  CejPixDiagnostic,
  CejPixScore,
} from '../modules/cej/digital/cej-digital.entity';
import { CejAction } from '../modules/cej/planning/cej-action.entity';
import { CejPositioning } from '../modules/cej/positioning/cej-positioning.entity';
import { Participant } from '../modules/participants/participant.entity';

/** Days relative to the Monday of the current week, so that the demo always has a last week to judge. */
const today = todayInParis();
const monday = weekStart(today);
const fromMonday = (days: number) => addDays(monday, days);

type ActionSeed = {
  day: number;
  kind: CejActionKind;
  title: string;
  hours: number;
  outcome?: CejActionOutcome;
  doneHours?: number;
  organisation?: string;
  objective?: string;
  lastingJob?: boolean;
};

/** The weekly interview with the counsellor, held: every weekly pattern starts with it. */
const WEEKLY_INTERVIEW: ActionSeed = {
  day: 0,
  kind: CejActionKind.INTERVIEW,
  title: 'Entretien hebdomadaire',
  hours: 1,
  outcome: CejActionOutcome.DONE,
};
/** A job-search week, done (its last week differs by outcomes only). */
const JOB_SEARCH_WORKSHOP: ActionSeed = {
  day: 1,
  kind: CejActionKind.WORKSHOP,
  title: 'Atelier recherche d’emploi',
  hours: 4,
  outcome: CejActionOutcome.DONE,
};
const SOFT_SKILLS_WORKSHOP: ActionSeed = {
  day: 3,
  kind: CejActionKind.WORKSHOP,
  title: 'Atelier savoir-être',
  hours: 4,
  outcome: CejActionOutcome.DONE,
};
const APPLICATIONS: ActionSeed = {
  day: 4,
  kind: CejActionKind.PERSONAL_STEP,
  title: 'Candidatures spontanées',
  hours: 3,
  outcome: CejActionOutcome.DONE,
};

interface ContractSeed {
  structure: 'ml-ales' | 'ml-lyon';
  counsellor: string;
  lastName: string;
  firstName: string;
  sex: Sex;
  birthDate: string;
  /** Lyon: the district code (INSEE) that designates the branch; Alès: the commune. */
  area: { communeCode: string; communeName: string; postalCode: string; districtCode?: string; line: string };
  /** Start, in days from this week's Monday (negative: in the past). */
  startDay: number;
  taxBracket?: HouseholdTaxBracket;
  status: CejContractStatus;
  cohort?: boolean;
  /** Actions, by day from the start. */
  actions?: ActionSeed[];
  /** Repeated every complete week after the first one, by weekday (0 = Monday). */
  weekly?: ActionSeed[];
  /** Outcomes of the weekly pattern in the last complete week, when they differ. */
  lastWeek?: ActionSeed[];
  suspension?: { fromDay: number; untilDay: number; reason: CejSuspensionReason; note: string };
  end?: { day: number; reason: CejExitReason; comment: string };
  breachOnDay?: number;
  positioning?: boolean;
  booklet?: boolean;
  digital?: boolean;
  declarations?: { monthsAgo: number; activityIncome: string }[];
}

const ALES = { communeCode: '30007', communeName: 'Alès', postalCode: '30100' };
const lyon = (district: number, line: string) => ({
  communeCode: '69123',
  communeName: 'Lyon',
  postalCode: `6900${district}`,
  districtCode: `6938${district}`,
  line,
});

/** CEJ contracts of Mission Locale Alès (seed 000) and Mission Locale de Lyon (seed 004), one situation each. */
export const DEMO_CEJ_CONTRACTS: ContractSeed[] = [
  {
    structure: 'ml-ales',
    counsellor: 'conseillere@ml-ales.test',
    lastName: 'Bouzid',
    firstName: 'Yanis',
    sex: Sex.MALE,
    birthDate: '2003-09-14',
    area: { ...ALES, line: '8 rue d’Avéjan' },
    startDay: -56,
    status: CejContractStatus.ACTIVE,
    cohort: true,
    actions: [
      {
        day: 23,
        kind: CejActionKind.IMMERSION_DAY,
        title: 'PMSMP agent d’entretien',
        hours: 7,
        organisation: 'Régie de quartier Alès',
        outcome: CejActionOutcome.DONE,
      },
      {
        day: 24,
        kind: CejActionKind.IMMERSION_DAY,
        title: 'PMSMP agent d’entretien',
        hours: 7,
        organisation: 'Régie de quartier Alès',
        outcome: CejActionOutcome.DONE,
      },
    ],
    weekly: [WEEKLY_INTERVIEW, JOB_SEARCH_WORKSHOP, SOFT_SKILLS_WORKSHOP, APPLICATIONS],
    lastWeek: [
      WEEKLY_INTERVIEW,
      { ...JOB_SEARCH_WORKSHOP, outcome: CejActionOutcome.NOT_DONE_UNEXCUSED },
      { ...SOFT_SKILLS_WORKSHOP, outcome: CejActionOutcome.NOT_DONE_EXCUSED },
      { ...APPLICATIONS, outcome: CejActionOutcome.PARTLY_DONE, doneHours: 1 },
    ],
    breachOnDay: 50,
    positioning: true,
    declarations: [{ monthsAgo: 1, activityIncome: '0' }],
  },
  {
    structure: 'ml-ales',
    counsellor: 'conseillere@ml-ales.test',
    lastName: 'Roux',
    firstName: 'Manon',
    sex: Sex.FEMALE,
    birthDate: '2005-02-03',
    area: { ...ALES, line: '21 avenue Carnot' },
    startDay: -56,
    status: CejContractStatus.ACTIVE,
    cohort: true,
    weekly: [
      WEEKLY_INTERVIEW,
      {
        day: 1,
        kind: CejActionKind.JOB,
        title: 'Intérim préparatrice de commandes',
        hours: 7,
        organisation: 'Adéquat Alès',
        outcome: CejActionOutcome.DONE,
      },
      {
        day: 2,
        kind: CejActionKind.JOB,
        title: 'Intérim préparatrice de commandes',
        hours: 7,
        organisation: 'Adéquat Alès',
        outcome: CejActionOutcome.DONE,
      },
      {
        day: 3,
        kind: CejActionKind.JOB,
        title: 'Intérim préparatrice de commandes',
        hours: 7,
        organisation: 'Adéquat Alès',
        outcome: CejActionOutcome.DONE,
      },
    ],
    positioning: true,
    booklet: true,
    declarations: [{ monthsAgo: 1, activityIncome: '620.00' }],
  },
  {
    structure: 'ml-ales',
    counsellor: 'conseillere@ml-ales.test',
    lastName: 'Pagès',
    firstName: 'Kevin',
    sex: Sex.MALE,
    birthDate: '2002-11-20',
    area: { ...ALES, line: '4 place de la Mairie' },
    startDay: -119,
    status: CejContractStatus.ENDED,
    actions: [
      { day: 3, kind: CejActionKind.WORKSHOP, title: 'Atelier CV', hours: 6, outcome: CejActionOutcome.DONE },
      {
        day: 105,
        kind: CejActionKind.JOB,
        title: 'Agent de production (CDI)',
        hours: 7,
        organisation: 'Industries du Gard',
        outcome: CejActionOutcome.DONE,
        lastingJob: true,
      },
    ],
    end: {
      day: 105,
      reason: CejExitReason.LASTING_JOB,
      comment: 'Embauche : Agent de production (CDI) (Industries du Gard)',
    },
  },
  {
    structure: 'ml-ales',
    counsellor: 'conseillere@ml-ales.test',
    lastName: 'Chabert',
    firstName: 'Chloé',
    sex: Sex.FEMALE,
    birthDate: '2006-04-22',
    area: { ...ALES, line: '15 rue Mandajors' },
    startDay: 7,
    status: CejContractStatus.DRAFT,
  },
  {
    structure: 'ml-lyon',
    counsellor: 'conseiller@ml-lyon.test',
    lastName: 'Nguyen',
    firstName: 'Thi Lan',
    sex: Sex.FEMALE,
    birthDate: '2004-07-09',
    area: lyon(7, '40 rue de Gerland'),
    startDay: -49,
    status: CejContractStatus.ACTIVE,
    weekly: [
      WEEKLY_INTERVIEW,
      {
        day: 1,
        kind: CejActionKind.TRAINING,
        title: 'Remise à niveau (savoirs de base)',
        hours: 6,
        outcome: CejActionOutcome.DONE,
      },
      { day: 2, kind: CejActionKind.WORKSHOP, title: 'Atelier numérique', hours: 3, outcome: CejActionOutcome.DONE },
      {
        day: 3,
        kind: CejActionKind.TRAINING,
        title: 'Remise à niveau (savoirs de base)',
        hours: 6,
        outcome: CejActionOutcome.DONE,
      },
    ],
    positioning: true,
    digital: true,
    declarations: [{ monthsAgo: 1, activityIncome: '0' }],
  },
  {
    structure: 'ml-lyon',
    counsellor: 'conseiller@ml-lyon.test',
    lastName: 'Diallo',
    firstName: 'Mamadou',
    sex: Sex.MALE,
    birthDate: '2001-12-01',
    area: lyon(8, '12 boulevard des États-Unis'),
    startDay: -70,
    status: CejContractStatus.SUSPENDED,
    suspension: { fromDay: 58, untilDay: 80, reason: CejSuspensionReason.HEALTH, note: 'Arrêt maladie' },
    positioning: true,
  },
  {
    structure: 'ml-lyon',
    counsellor: 'conseiller@ml-lyon.test',
    lastName: 'Morel',
    firstName: 'Jade',
    sex: Sex.FEMALE,
    birthDate: '2007-03-15',
    area: lyon(5, '3 avenue Rosa Parks'),
    startDay: -28,
    status: CejContractStatus.ACTIVE,
    taxBracket: HouseholdTaxBracket.FIRST_BRACKET,
    weekly: [
      WEEKLY_INTERVIEW,
      {
        day: 1,
        kind: CejActionKind.IMMERSION_DAY,
        title: 'PMSMP aide-soignante',
        hours: 7,
        organisation: 'EHPAD Les Tilleuls',
        outcome: CejActionOutcome.DONE,
      },
      {
        day: 2,
        kind: CejActionKind.IMMERSION_DAY,
        title: 'PMSMP aide-soignante',
        hours: 7,
        organisation: 'EHPAD Les Tilleuls',
        outcome: CejActionOutcome.DONE,
      },
    ],
  },
];

const ALES_COHORT = 'Promo démonstration — Alès centre';
const LYON_WORKSHOP = 'Découvrir les outils bureautiques (démonstration)';

/** Inserts the demo CEJ contracts that are missing (same person in the structure); never changes what exists. */
export async function loadDemoCej(
  manager: EntityManager,
  structureIds: Map<string, string>,
): Promise<{ created: number; existing: number }> {
  let created = 0;
  let existing = 0;
  for (const seed of DEMO_CEJ_CONTRACTS) {
    const structureId = structureIds.get(seed.structure)!;
    const key = demoPersonKey(structureId, seed);
    if (await manager.existsBy(Participant, key)) {
      existing++;
      continue;
    }
    const counsellor = await manager.findOneByOrFail(User, { email: seed.counsellor });
    const area = await manager.findOneBy(BranchArea, {
      structureId,
      code: seed.area.districtCode ?? seed.area.communeCode,
    });
    const participant = await manager.save(
      Participant,
      manager.create(Participant, {
        ...key,
        programme: Programme.CEJ,
        lastName: seed.lastName,
        firstName: seed.firstName,
        sex: seed.sex,
        phone: null,
        email: null,
        addressLine: seed.area.line,
        postalCode: seed.area.postalCode,
        communeCode: seed.area.communeCode,
        communeName: seed.area.communeName,
        districtCode: seed.area.districtCode ?? null,
        epci: seed.structure === 'ml-lyon' ? 'Métropole de Lyon' : 'Alès Agglomération',
        inQpv: false,
        qpvCode: null,
        branchId: area?.branchId ?? null,
        branchOverridden: false,
        referentUserId: counsellor.id,
        entrySituations: [],
        educationLevel: null,
      }),
    );
    await seedContract(manager, participant, counsellor.id, seed);
    created++;
  }
  return { created, existing };
}

async function seedContract(
  manager: EntityManager,
  participant: Participant,
  userId: string,
  seed: ContractSeed,
): Promise<void> {
  const startOn = fromMonday(seed.startDay);
  const at = (day: number) => addDays(startOn, day);
  const signed = seed.status !== CejContractStatus.DRAFT;
  const age = ageOn(seed.birthDate, startOn);
  const events: {
    kind: CejTransitionKind;
    from: CejContractStatus;
    to: CejContractStatus;
    on: string;
    reason?: string;
  }[] = [];
  if (signed)
    events.push({
      kind: CejTransitionKind.SIGN,
      from: CejContractStatus.DRAFT,
      to: CejContractStatus.ACTIVE,
      on: startOn,
    });
  if (seed.suspension)
    events.push({
      kind: CejTransitionKind.SUSPEND,
      from: CejContractStatus.ACTIVE,
      to: CejContractStatus.SUSPENDED,
      on: at(seed.suspension.fromDay),
      reason: seed.suspension.note,
    });
  if (seed.end)
    events.push({
      kind: CejTransitionKind.END,
      from: CejContractStatus.ACTIVE,
      to: CejContractStatus.ENDED,
      on: at(seed.end.day),
      reason: seed.end.comment,
    });
  const contract = await manager.save(
    CejContract,
    manager.create(CejContract, {
      structureId: participant.structureId,
      participantId: participant.id,
      counsellorUserId: userId,
      branchId: participant.branchId,
      cohortId: null,
      status: seed.status,
      statusChangedOn: events.length > 0 ? events[events.length - 1].on : today,
      startOn,
      initialMonths: 6,
      endOn: cejEndDate(startOn, 6),
      signedOn: signed ? startOn : null,
      ageAtSignature: signed ? age : null,
      householdTaxBracket: seed.taxBracket ?? HouseholdTaxBracket.NON_TAXABLE,
      endedOn: seed.end ? at(seed.end.day) : null,
      exitReason: seed.end?.reason ?? null,
      exitPositive: seed.end ? seed.end.reason === CejExitReason.LASTING_JOB : null,
      exitComment: seed.end?.comment ?? null,
      createdByUserId: userId,
    }),
  );
  if (events.length > 0) {
    await manager.insert(
      CejContractEvent,
      events.map((e) => ({
        contractId: contract.id,
        kind: e.kind,
        fromStatus: e.from,
        toStatus: e.to,
        effectiveOn: e.on,
        byUserId: userId,
        byApiKeyId: null,
        reason: e.reason ?? null,
      })),
    );
  }
  if (!signed) return;
  if (seed.suspension) {
    await manager.insert(CejSuspension, {
      contractId: contract.id,
      reason: seed.suspension.reason,
      note: seed.suspension.note,
      fromOn: at(seed.suspension.fromDay),
      expectedUntil: at(seed.suspension.untilDay),
      resumedOn: null,
      byUserId: userId,
    });
  }

  // Planning: the given actions, then the weekly pattern for every complete week after the first one.
  const lastDay = contract.endedOn ?? contract.endOn;
  const actions: ActionSeed[] = [...(seed.actions ?? [])];
  const lastWeekStart = addDays(monday, -7);
  for (let week = addDays(weekStart(startOn), 7); week <= lastWeekStart; week = addDays(week, 7)) {
    const pattern = week === lastWeekStart && seed.lastWeek ? seed.lastWeek : (seed.weekly ?? []);
    const offset = Math.round((Date.parse(week) - Date.parse(startOn)) / 86_400_000);
    for (const action of pattern) actions.push({ ...action, day: offset + action.day });
  }
  const suspended = (date: string) => seed.suspension && date >= at(seed.suspension.fromDay);
  const rows = actions
    .map((a) => ({ ...a, date: at(a.day) }))
    .filter((a) => a.date >= startOn && a.date <= lastDay && a.date < today && !suspended(a.date))
    .map((a) => {
      const outcome = a.outcome ?? CejActionOutcome.DONE;
      const doneHours =
        outcome === CejActionOutcome.DONE
          ? a.hours
          : outcome === CejActionOutcome.PARTLY_DONE
            ? (a.doneHours ?? a.hours / 2)
            : outcome === CejActionOutcome.PLANNED
              ? null
              : 0;
      return manager.create(CejAction, {
        contractId: contract.id,
        date: a.date,
        kind: a.kind,
        title: a.title,
        organisation: a.organisation ?? null,
        plannedHours: a.hours,
        outcome,
        doneHours,
        outcomeNote: null,
        lastingJob: a.lastingJob ?? false,
        objective: a.objective ?? null,
        selfEvaluation: null,
        selfEvaluationNote: null,
        cohortSessionId: null,
        createdByUserId: userId,
      });
    });
  const saved = rows.length > 0 ? await manager.save(CejAction, rows) : [];

  if (seed.cohort) await joinDemoCohort(manager, contract, userId);
  if (seed.breachOnDay !== undefined) {
    const missed =
      saved.find((a) => a.outcome === CejActionOutcome.NOT_DONE_UNEXCUSED && a.date >= at(seed.breachOnDay!)) ?? null;
    await manager.insert(CejBreach, {
      contractId: contract.id,
      occurredOn: missed?.date ?? at(seed.breachOnDay),
      rank: 1,
      actionId: missed?.id ?? null,
      note: 'Absent à l’atelier sans prévenir ; explications demandées.',
      recordedByUserId: userId,
    });
  }
  if (seed.positioning) {
    await manager.save(
      CejPositioning,
      manager.create(CejPositioning, {
        contractId: contract.id,
        milestone: PositioningMilestone.INITIAL,
        renewalId: null,
        date: at(7),
        youngPersonComment: 'Je veux trouver un emploi rapidement.',
        counsellorComment: null,
        recordedByUserId: userId,
        scores: POSITIONING_SKILLS.map((skill, i) => ({ skill: skill.code, field: skill.field, score: 1 + (i % 3) })),
      }),
    );
  }
  for (const declaration of seed.declarations ?? []) {
    const month = monthStart(addDays(monthStart(today), -1 - 28 * (declaration.monthsAgo - 1)));
    if (month < monthStart(startOn)) continue;
    await manager.insert(CejIncomeDeclaration, {
      contractId: contract.id,
      month,
      activityIncome: declaration.activityIncome,
      fullDeductionIncome: '0',
      taxBracket: contract.householdTaxBracket,
      declaredOn: today,
      recordedByUserId: userId,
    });
  }
  if (seed.booklet) await seedBooklet(manager, contract, saved);
  if (seed.digital) await seedDigital(manager, contract, at);
}

/** The Alès promo: 5 workshop days run by the provider of seed 000, in its members' first weeks. */
async function joinDemoCohort(manager: EntityManager, contract: CejContract, userId: string): Promise<void> {
  let cohort = await manager.findOneBy(CejCohort, { structureId: contract.structureId, name: ALES_COHORT });
  if (!cohort) {
    cohort = await manager.save(
      CejCohort,
      manager.create(CejCohort, {
        structureId: contract.structureId,
        name: ALES_COHORT,
        branchId: contract.branchId,
        counsellorUserId: userId,
        startsOn: contract.startOn,
        endsOn: addDays(contract.startOn, 25),
        location: 'Mission Locale Alès, salle collective',
      }),
    );
    const titles = [
      'Connaissance de soi et valorisation',
      'Découverte des métiers du territoire',
      'Savoir-être en entreprise',
      'Techniques de recherche d’emploi',
      'Préparer sa première PMSMP',
    ];
    // The workshop days are paid by the seed 000 lot awarded to Cap Compétences Méditerranée, which receives the promo.
    const lot = await manager
      .createQueryBuilder(Lot, 'l')
      .innerJoin(Market, 'm', 'm.id = l."marketId"')
      .where('m."structureId" = :structure AND m.reference = :reference AND l.number = 1', {
        structure: contract.structureId,
        reference: ALES_CEJ_MARKET_REFERENCE,
      })
      .getOne();
    await manager.insert(
      CejCohortSession,
      titles.map((title, i) => ({
        cohortId: cohort!.id,
        date: addDays(contract.startOn, i),
        title,
        lotId: lot?.id ?? null,
        provider: lot ? null : 'Cap Compétences Méditerranée',
        hours: 6,
      })),
    );
  }
  await manager.update(CejContract, { id: contract.id }, { cohortId: cohort.id });
  const sessions = await manager.findBy(CejCohortSession, { cohortId: cohort.id });
  await manager.insert(
    CejAction,
    sessions.map((s, i) => ({
      contractId: contract.id,
      date: s.date,
      kind: CejActionKind.WORKSHOP,
      title: s.title,
      organisation: s.provider ?? 'Cap Compétences Méditerranée',
      plannedHours: s.hours,
      outcome: i === 2 ? CejActionOutcome.NOT_DONE_EXCUSED : CejActionOutcome.DONE,
      doneHours: i === 2 ? 0 : s.hours,
      lastingJob: false,
      cohortSessionId: s.id,
      createdByUserId: userId,
    })),
  );
}

async function seedBooklet(manager: EntityManager, contract: CejContract, actions: CejAction[]): Promise<void> {
  const job = actions.find((a) => a.kind === CejActionKind.JOB);
  if (job)
    await manager.update(
      CejAction,
      { id: job.id },
      {
        objective: 'Découvrir la logistique',
        selfEvaluation: SelfEvaluation.SATISFIED,
        selfEvaluationNote: 'J’ai appris à utiliser un scanner.',
      },
    );
  await manager.insert(CejBookletEntry, [
    {
      contractId: contract.id,
      kind: BookletEntryKind.TUTOR_REVIEW,
      date: addDays(contract.startOn, 20),
      title: 'Bilan de la mission d’intérim',
      content: 'Ponctuelle et rigoureuse ; doit gagner en rapidité.',
      author: 'Mme Vidal (cheffe d’équipe)',
      organisation: 'Adéquat Alès',
      actionId: job?.id ?? null,
      ratings: { PUNCTUALITY: 4, INSTRUCTIONS: 3, RELATIONS: 3 },
    },
    {
      contractId: contract.id,
      kind: BookletEntryKind.INTERVIEW_REPORT,
      date: addDays(contract.startOn, 28),
      title: 'Entretien de suivi',
      content: 'Projet logistique confirmé ; viser le CACES R489.',
      author: 'Inès Garcia',
      organisation: null,
      actionId: null,
      ratings: null,
    },
  ]);
  await manager.insert(CejTransversalSkill, [
    {
      contractId: contract.id,
      label: 'Respecter les consignes de sécurité',
      status: TransversalSkillStatus.ACQUIRED,
      transposition: 'Mission de préparation de commandes',
    },
    {
      contractId: contract.id,
      label: 'Gérer son temps',
      status: TransversalSkillStatus.TO_WORK_ON,
      transposition: null,
    },
  ]);
  await manager.insert(CejMarketKnowledge, [
    {
      contractId: contract.id,
      kind: MarketKnowledgeKind.SECTOR,
      name: 'Logistique et entreposage',
      commune: 'Alès',
      distanceKm: 5,
      seasonality: 'Pics en fin d’année',
      note: null,
    },
    {
      contractId: contract.id,
      kind: MarketKnowledgeKind.COMPANY,
      name: 'Plateforme logistique de Saint-Christol',
      commune: 'Saint-Christol-lès-Alès',
      distanceKm: 7,
      seasonality: null,
      note: 'Recrute des préparateurs en intérim',
    },
  ]);
  await manager.insert(CejFinalEvaluation, [
    {
      contractId: contract.id,
      theme: FinalEvaluationTheme.COMPANY_EXPERIENCE,
      skillsAcquired: 'Préparation de commandes, travail en équipe',
      progress: 'Missions d’intérim renouvelées',
      areasToImprove: 'Rapidité',
      updatedByUserId: null,
    },
  ]);
}

/** Seed 004: Pix diagnostic, digital action plan, a workshop in the Gerland digital space, a certification. */
async function seedDigital(manager: EntityManager, contract: CejContract, at: (day: number) => string): Promise<void> {
  const diagnostic = await manager.save(
    CejPixDiagnostic,
    manager.create(CejPixDiagnostic, {
      contractId: contract.id,
      date: at(3),
      note: 'Diagnostic Pix à l’entrée',
      recordedByUserId: null,
    }),
  );
  const pix: Record<string, number> = {
    '1.1': 24,
    '1.2': 12,
    '2.1': 30,
    '2.2': 16,
    '3.1': 9,
    '4.1': 8,
    '4.2': 14,
    '5.1': 8,
  };
  await manager.insert(
    CejPixScore,
    Object.entries(pix).map(([competence, value]) => ({ diagnosticId: diagnostic.id, competence, pix: value })),
  );
  await manager.insert(CejDigitalPlanItem, [
    {
      contractId: contract.id,
      competence: '3.1',
      objective: 'Mettre en forme son CV sur traitement de texte',
      status: DigitalPlanItemStatus.ACHIEVED,
      dueOn: at(30),
    },
    {
      contractId: contract.id,
      competence: '4.2',
      objective: 'Sécuriser ses comptes en ligne (mots de passe)',
      status: DigitalPlanItemStatus.IN_PROGRESS,
      dueOn: at(60),
    },
  ]);
  let workshop = await manager.findOneBy(CejDigitalWorkshop, {
    structureId: contract.structureId,
    title: LYON_WORKSHOP,
  });
  workshop ??= await manager.save(
    CejDigitalWorkshop,
    manager.create(CejDigitalWorkshop, {
      structureId: contract.structureId,
      branchId: contract.branchId,
      title: LYON_WORKSHOP,
      date: at(14),
      hours: 2.5,
      provider: 'Espace numérique Gerland',
      capacity: 10,
    }),
  );
  await manager.insert(CejDigitalEnrolment, {
    workshopId: workshop.id,
    contractId: contract.id,
    attendance: WorkshopAttendance.ATTENDED,
  });
  await manager.insert(CejDigitalCertification, {
    contractId: contract.id,
    kind: DigitalCertificationKind.PIX,
    obtainedOn: at(40),
    result: '248 pix',
    reference: null,
  });
}
