import {
  addDays,
  addMonths,
  CommitteeDecision,
  ContactMode,
  ContractType,
  EducationLevel,
  EntrySituation,
  ExitReason,
  FollowUpKind,
  FseAnswer,
  FseEmploymentStatus,
  FseExitResult,
  FseHouseholdSituation,
  isLastingJob,
  normalizeName,
  ObstacleKind,
  ObstacleSeverity,
  ObstacleStatus,
  PathStatus,
  Programme,
  Sex,
  StepKind,
  StepOutcome,
  todayInParis,
} from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { BranchArea } from '../core/tenancy/branches/branch.entity';
import { User } from '../core/tenancy/users/user.entity';
import { Participant, ParticipantSensitive } from '../modules/participants/participant.entity';
import { ApprovalCommittee, CommitteeFile } from '../modules/plie/committees/committee.entity';
import { Diagnosis, Obstacle } from '../modules/plie/diagnosis/diagnosis.entity';
import { FollowUp } from '../modules/plie/follow-ups/follow-up.entity';
import { PathTransition, PliePath } from '../modules/plie/paths/plie-path.entity';
import { PathStep } from '../modules/plie/steps/path-step.entity';

/** Days relative to the day the seed runs, so that the portfolio always has something to show. */
const ago = (days: number) => addDays(todayInParis(), -days);
const inDays = (days: number) => addDays(todayInParis(), days);

type StepSeed = Partial<PathStep> & { kind: StepKind; title: string; plannedStart: string };
type FollowUpSeed = Partial<FollowUp> & { kind: FollowUpKind; date: string };

interface PathSeed {
  prescriber: string;
  orientedDaysAgo: number;
  /** The committee session and its decision; no committee for a path still PROPOSED. */
  committee?: { session: 'past' | 'upcoming'; decision?: CommitteeDecision; reason?: string };
  diagnosis?: { summary: string; professionalProject?: string };
  obstacles?: { kind: ObstacleKind; severity: ObstacleSeverity; status: ObstacleStatus; note?: string }[];
  steps?: StepSeed[];
  followUps?: FollowUpSeed[];
  exit?: { daysAgo: number; reason: ExitReason; positive: boolean; fseResults?: FseExitResult[] };
}

interface ParticipantSeed {
  structure: 'mlife-amiens' | 'plie-lunel';
  referent: string;
  lastName: string;
  firstName: string;
  sex: Sex;
  birthDate: string;
  phone?: string;
  address: {
    line: string;
    postalCode: string;
    communeCode: string;
    communeName: string;
    epci: string;
    inQpv?: boolean;
    qpvCode?: string;
  };
  entrySituations: EntrySituation[];
  educationLevel?: EducationLevel;
  fse?: Partial<Participant>;
  sensitive?: { healthNotes?: string; disabilityNotes?: string; socialNotes?: string };
  path: PathSeed;
}

const FSE_COMPLETE: Partial<Participant> = {
  fseEmploymentStatus: FseEmploymentStatus.LONG_TERM_UNEMPLOYED,
  fseHouseholdSituation: FseHouseholdSituation.NONE_OF_THESE,
  fseDisability: FseAnswer.NO,
  fseThirdCountryNational: FseAnswer.NO,
  fseForeignBackground: FseAnswer.DECLINED,
  fseMinority: FseAnswer.DECLINED,
  fseHomeless: FseAnswer.NO,
  fseRuralArea: false,
};

const AMIENS = { postalCode: '80000', communeCode: '80021', communeName: 'Amiens', epci: 'Amiens Métropole' };
const interview = (daysAgo: number, summary: string, mode = ContactMode.FACE_TO_FACE): FollowUpSeed => ({
  kind: FollowUpKind.INTERVIEW,
  date: ago(daysAgo),
  mode,
  durationMinutes: 45,
  summary,
});

/** PLIE participants of seeds 001 (MLIFE Grand Amiénois) and 002 (PLIE Lunel), one path state each. */
export const DEMO_PARTICIPANTS: ParticipantSeed[] = [
  {
    structure: 'mlife-amiens',
    referent: 'referent@mlife-amiens.test',
    lastName: 'Lefebvre',
    firstName: 'Sandrine',
    sex: Sex.FEMALE,
    birthDate: '1978-06-14',
    phone: '06 21 43 65 87',
    address: { ...AMIENS, line: '14 rue du Pont de Metz, Étouvie', inQpv: true, qpvCode: 'QN08003M' },
    entrySituations: [EntrySituation.RSA_RECIPIENT, EntrySituation.LONG_TERM_JOBSEEKER, EntrySituation.SINGLE_PARENT],
    educationLevel: EducationLevel.LEVEL_3,
    fse: { ...FSE_COMPLETE, fseHouseholdSituation: FseHouseholdSituation.SINGLE_ADULT_WITH_CHILDREN },
    sensitive: { socialNotes: 'Deux enfants scolarisés ; mode de garde à trouver le mercredi.' },
    path: {
      prescriber: 'France Travail Amiens Ouest',
      orientedDaysAgo: 120,
      committee: { session: 'past', decision: CommitteeDecision.ADMITTED },
      diagnosis: {
        summary: 'Expérience de 8 ans en grande distribution ; souhaite un poste d’employée libre-service en journée.',
        professionalProject: 'Employée libre-service',
      },
      obstacles: [
        {
          kind: ObstacleKind.MOBILITY,
          severity: ObstacleSeverity.HIGH,
          status: ObstacleStatus.IN_PROGRESS,
          note: 'Pas de permis ; aide au code en cours.',
        },
        {
          kind: ObstacleKind.CHILDCARE,
          severity: ObstacleSeverity.MEDIUM,
          status: ObstacleStatus.LIFTED,
          note: 'Place en accueil périscolaire obtenue.',
        },
      ],
      steps: [
        {
          kind: StepKind.PLIE_ACTION,
          title: 'Atelier confiance en soi (lot 2)',
          plannedStart: ago(70),
          plannedEnd: ago(40),
          actualStart: ago(70),
          actualEnd: ago(40),
          outcome: StepOutcome.COMPLETED,
        },
        {
          kind: StepKind.IMMERSION,
          title: 'PMSMP employée libre-service',
          organisation: 'Supermarché Étouvie',
          plannedStart: ago(4),
          plannedEnd: inDays(10),
          actualStart: ago(4),
          outcome: StepOutcome.IN_PROGRESS,
        },
      ],
      followUps: [interview(60, 'Bilan de l’atelier'), interview(12, 'Préparation de l’immersion')],
    },
  },
  {
    structure: 'mlife-amiens',
    referent: 'referent@mlife-amiens.test',
    lastName: 'Benaïssa',
    firstName: 'Mohamed',
    sex: Sex.MALE,
    birthDate: '1969-11-02',
    address: {
      line: '3 rue Jean Jaurès',
      postalCode: '80330',
      communeCode: '80489',
      communeName: 'Longueau',
      epci: 'Amiens Métropole',
    },
    entrySituations: [EntrySituation.LONG_TERM_JOBSEEKER, EntrySituation.SENIOR_JOBSEEKER],
    educationLevel: EducationLevel.LOWER_SECONDARY,
    fse: FSE_COMPLETE,
    path: {
      prescriber: 'Cap emploi Somme',
      orientedDaysAgo: 110,
      committee: { session: 'past', decision: CommitteeDecision.ADMITTED },
      steps: [
        {
          kind: StepKind.TRAINING,
          title: 'CACES R489 catégories 1 et 3',
          plannedStart: ago(75),
          plannedEnd: ago(65),
          actualStart: ago(75),
          actualEnd: ago(65),
          outcome: StepOutcome.COMPLETED,
        },
        {
          kind: StepKind.JOB,
          title: 'Cariste',
          organisation: 'Logistique Picarde',
          plannedStart: ago(60),
          actualStart: ago(60),
          outcome: StepOutcome.IN_PROGRESS,
          contractType: ContractType.CDI,
          workingTimePercent: 80,
        },
      ],
      followUps: [interview(30, 'Point avec l’employeur : période d’essai validée', ContactMode.PHONE)],
    },
  },
  {
    structure: 'mlife-amiens',
    referent: 'referent@mlife-amiens.test',
    lastName: 'Dufour',
    firstName: 'Christelle',
    sex: Sex.FEMALE,
    birthDate: '1985-02-21',
    address: {
      line: '22 rue Roger Salengro',
      postalCode: '80450',
      communeCode: '80154',
      communeName: 'Camon',
      epci: 'Amiens Métropole',
    },
    entrySituations: [EntrySituation.RQTH],
    educationLevel: EducationLevel.LEVEL_4,
    fse: { fseEmploymentStatus: FseEmploymentStatus.UNEMPLOYED },
    sensitive: { disabilityNotes: 'RQTH ; restrictions sur le port de charges.' },
    path: { prescriber: 'Conseil départemental de la Somme', orientedDaysAgo: 20, committee: { session: 'upcoming' } },
  },
  {
    structure: 'mlife-amiens',
    referent: 'referent@mlife-amiens.test',
    lastName: 'Caron',
    firstName: 'Jérôme',
    sex: Sex.MALE,
    birthDate: '1974-08-30',
    address: { ...AMIENS, line: '5 allée des Tilleuls, Pierre Rollin', inQpv: true, qpvCode: 'QN08004M' },
    entrySituations: [EntrySituation.RSA_RECIPIENT],
    educationLevel: EducationLevel.NO_SCHOOLING,
    path: {
      prescriber: 'CCAS d’Amiens',
      orientedDaysAgo: 150,
      committee: { session: 'past', decision: CommitteeDecision.ADMITTED },
      obstacles: [{ kind: ObstacleKind.HOUSING, severity: ObstacleSeverity.HIGH, status: ObstacleStatus.IDENTIFIED }],
      followUps: [
        interview(50, 'Premier entretien de diagnostic'),
        { kind: FollowUpKind.REMINDER, date: ago(30), mode: ContactMode.PHONE, answered: false },
        { kind: FollowUpKind.REMINDER, date: ago(15), mode: ContactMode.LETTER, answered: false },
      ],
    },
  },
  {
    structure: 'mlife-amiens',
    referent: 'referent@mlife-amiens.test',
    lastName: 'Leroy',
    firstName: 'Patricia',
    sex: Sex.FEMALE,
    birthDate: '1966-04-09',
    address: {
      line: '9 chemin de Halage',
      postalCode: '80136',
      communeCode: '80706',
      communeName: 'Rivery',
      epci: 'Amiens Métropole',
    },
    entrySituations: [EntrySituation.LONG_TERM_JOBSEEKER, EntrySituation.SENIOR_JOBSEEKER],
    educationLevel: EducationLevel.LEVEL_3,
    fse: FSE_COMPLETE,
    path: {
      prescriber: 'France Travail Amiens Nord',
      orientedDaysAgo: 100,
      committee: { session: 'past', decision: CommitteeDecision.ADMITTED },
      steps: [
        {
          kind: StepKind.TRAINING,
          title: 'CQP agent machiniste classique',
          organisation: 'INHNI Picardie',
          plannedStart: ago(70),
          plannedEnd: ago(40),
          actualStart: ago(70),
          actualEnd: ago(40),
          outcome: StepOutcome.COMPLETED,
          qualifying: true,
        },
      ],
      followUps: [interview(45, 'Titre obtenu')],
      exit: {
        daysAgo: 35,
        reason: ExitReason.QUALIFYING_TRAINING,
        positive: true,
        fseResults: [FseExitResult.QUALIFICATION, FseExitResult.JOB_SEARCH],
      },
    },
  },
  {
    structure: 'mlife-amiens',
    referent: 'referent@mlife-amiens.test',
    lastName: 'Martin',
    firstName: 'Kévin',
    sex: Sex.MALE,
    birthDate: '1991-01-17',
    address: { ...AMIENS, line: '40 boulevard de Beauvillé' },
    entrySituations: [EntrySituation.LONG_TERM_JOBSEEKER],
    path: { prescriber: 'France Travail Amiens Nord', orientedDaysAgo: 3 },
  },
  {
    structure: 'plie-lunel',
    referent: 'referente@plie-lunel.test',
    lastName: 'Aït-Ouali',
    firstName: 'Fatima',
    sex: Sex.FEMALE,
    birthDate: '1980-09-17',
    address: {
      line: '7 rue de la Libération',
      postalCode: '34400',
      communeCode: '34145',
      communeName: 'Lunel',
      epci: 'Lunel Agglo',
      inQpv: true,
      qpvCode: 'QN03410M',
    },
    entrySituations: [EntrySituation.RSA_RECIPIENT, EntrySituation.SOCIAL_OBSTACLES],
    educationLevel: EducationLevel.PRIMARY,
    fse: { ...FSE_COMPLETE, fseThirdCountryNational: FseAnswer.YES },
    sensitive: { healthNotes: 'Suivi psychologique engagé avec le prestataire du lot 1.' },
    path: {
      prescriber: 'Département de l’Hérault (PLI RSA)',
      orientedDaysAgo: 100,
      committee: { session: 'past', decision: CommitteeDecision.ADMITTED },
      diagnosis: { summary: 'Souhaite travailler dans l’entretien ; freins de langue et de santé à traiter d’abord.' },
      obstacles: [
        {
          kind: ObstacleKind.LANGUAGE,
          severity: ObstacleSeverity.HIGH,
          status: ObstacleStatus.IN_PROGRESS,
          note: 'Cours de français à visée professionnelle.',
        },
        { kind: ObstacleKind.HEALTH, severity: ObstacleSeverity.MEDIUM, status: ObstacleStatus.IN_PROGRESS },
      ],
      steps: [
        {
          kind: StepKind.OBSTACLE_SUPPORT,
          title: 'Accompagnement santé et psychosocial (lot 1)',
          organisation: 'Cap Compétences Méditerranée',
          plannedStart: ago(60),
          plannedEnd: inDays(30),
          actualStart: ago(60),
          outcome: StepOutcome.IN_PROGRESS,
        },
      ],
      followUps: [
        interview(40, 'Point sur les freins'),
        {
          kind: FollowUpKind.COLLECTIVE_MEETING,
          date: ago(20),
          topic: 'Information collective métiers de la propreté',
          durationMinutes: 120,
          attended: true,
        },
      ],
    },
  },
  {
    structure: 'plie-lunel',
    referent: 'referente@plie-lunel.test',
    lastName: 'Vidal',
    firstName: 'Laurent',
    sex: Sex.MALE,
    birthDate: '1971-12-05',
    address: {
      line: '2 place de la Comédie',
      postalCode: '34130',
      communeCode: '34192',
      communeName: 'Mauguio',
      epci: 'Pays de l’Or Agglomération',
    },
    entrySituations: [EntrySituation.LONG_TERM_JOBSEEKER],
    educationLevel: EducationLevel.LEVEL_4,
    fse: FSE_COMPLETE,
    path: {
      prescriber: 'France Travail Lunel',
      orientedDaysAgo: 200,
      committee: { session: 'past', decision: CommitteeDecision.ADMITTED },
      followUps: [
        interview(120, 'Diagnostic'),
        { kind: FollowUpKind.REMINDER, date: ago(90), mode: ContactMode.PHONE, answered: false },
        { kind: FollowUpKind.REMINDER, date: ago(75), mode: ContactMode.LETTER, answered: false },
      ],
      exit: { daysAgo: 10, reason: ExitReason.LOST_CONTACT, positive: false },
    },
  },
  {
    structure: 'plie-lunel',
    referent: 'referente@plie-lunel.test',
    lastName: 'Garcia',
    firstName: 'Sophie',
    sex: Sex.FEMALE,
    birthDate: '1983-03-28',
    address: {
      line: '15 allée du Levant',
      postalCode: '34280',
      communeCode: '34154',
      communeName: 'La Grande-Motte',
      epci: 'Pays de l’Or Agglomération',
    },
    entrySituations: [EntrySituation.OTHER],
    educationLevel: EducationLevel.LEVEL_6,
    path: {
      prescriber: 'Mission Locale Petite Camargue',
      orientedDaysAgo: 90,
      committee: {
        session: 'past',
        decision: CommitteeDecision.REFUSED,
        reason: 'Relève d’un accompagnement de droit commun (diplômée, sans frein identifié).',
      },
    },
  },
];

const COMMITTEES = {
  past: { title: 'Comité d’agrément et de suivi (démonstration)', daysFromToday: -80 },
  upcoming: { title: 'Prochain comité d’agrément (démonstration)', daysFromToday: 5 },
};

/** A demo person is recognised by name and birth date in the structure: the seed never creates them twice. */
export const demoPersonKey = (
  structureId: string,
  person: { lastName: string; firstName: string; birthDate: string },
) => ({
  structureId,
  normalizedLastName: normalizeName(person.lastName),
  normalizedFirstName: normalizeName(person.firstName),
  birthDate: person.birthDate,
});

/** Inserts the demo participants that are missing (same name and birth date in the structure); never changes what exists. */
export async function loadDemoParticipants(
  manager: EntityManager,
  structureIds: Map<string, string>,
): Promise<{ created: number; existing: number }> {
  let created = 0;
  let existing = 0;
  for (const seed of DEMO_PARTICIPANTS) {
    const structureId = structureIds.get(seed.structure)!;
    const key = demoPersonKey(structureId, seed);
    if (await manager.existsBy(Participant, key)) {
      existing++;
      continue;
    }
    const referent = await manager.findOneByOrFail(User, { email: seed.referent });
    const area = await manager.findOneBy(BranchArea, { structureId, code: seed.address.communeCode });
    const participant = await manager.save(
      Participant,
      manager.create(Participant, {
        ...key,
        programme: Programme.PLIE,
        lastName: seed.lastName,
        firstName: seed.firstName,
        sex: seed.sex,
        phone: seed.phone ?? null,
        email: null,
        addressLine: seed.address.line,
        postalCode: seed.address.postalCode,
        communeCode: seed.address.communeCode,
        communeName: seed.address.communeName,
        districtCode: null,
        epci: seed.address.epci,
        inQpv: seed.address.inQpv ?? false,
        qpvCode: seed.address.qpvCode ?? null,
        branchId: area?.branchId ?? null,
        branchOverridden: false,
        referentUserId: referent.id,
        entrySituations: seed.entrySituations,
        educationLevel: seed.educationLevel ?? null,
        ...(seed.fse ?? {}),
      }),
    );
    if (seed.sensitive) {
      await manager.insert(ParticipantSensitive, {
        participantId: participant.id,
        healthNotes: null,
        disabilityNotes: null,
        socialNotes: null,
        ...seed.sensitive,
        updatedByUserId: referent.id,
      });
    }
    await seedPath(manager, participant, referent.id, seed.path);
    created++;
  }
  return { created, existing };
}

async function committeeFor(
  manager: EntityManager,
  structureId: string,
  session: 'past' | 'upcoming',
): Promise<ApprovalCommittee> {
  const { title, daysFromToday } = COMMITTEES[session];
  const found = await manager.findOneBy(ApprovalCommittee, { structureId, title });
  if (found) return found;
  return manager.save(
    ApprovalCommittee,
    manager.create(ApprovalCommittee, {
      structureId,
      title,
      date: addDays(todayInParis(), daysFromToday),
      location: 'Salle du conseil',
    }),
  );
}

/** Writes a path as the services would have: every status it went through is a dated transition. */
async function seedPath(
  manager: EntityManager,
  participant: Participant,
  userId: string,
  seed: PathSeed,
): Promise<void> {
  const history: { to: PathStatus; on: string; trigger: string; reason?: string | null }[] = [
    { to: PathStatus.PROPOSED, on: ago(seed.orientedDaysAgo), trigger: 'ORIENTATION' },
  ];
  let committee: ApprovalCommittee | null = null;
  let admittedOn: string | null = null;
  let followUpEndsOn: string | null = null;
  if (seed.committee) {
    committee = await committeeFor(manager, participant.structureId, seed.committee.session);
    history.push({
      to: PathStatus.AWAITING_COMMITTEE,
      on: ago(Math.max(seed.orientedDaysAgo - 5, 0)),
      trigger: 'COMMITTEE',
    });
    if (seed.committee.decision === CommitteeDecision.ADMITTED) {
      admittedOn = committee.date;
      history.push({ to: PathStatus.ACTIVE, on: committee.date, trigger: 'COMMITTEE' });
    } else if (seed.committee.decision === CommitteeDecision.REFUSED) {
      history.push({
        to: PathStatus.NOT_ADMITTED,
        on: committee.date,
        trigger: 'COMMITTEE',
        reason: seed.committee.reason,
      });
    }
  }
  const lasting = (seed.steps ?? []).find(
    (step) => isLastingJob(step) || (step.kind === StepKind.TRAINING && step.qualifying),
  );
  if (lasting && admittedOn) {
    const start = lasting.actualStart ?? lasting.plannedStart;
    followUpEndsOn = isLastingJob(lasting) ? addMonths(start, 6) : (lasting.actualEnd ?? lasting.plannedEnd)!;
    history.push({ to: PathStatus.IN_JOB_FOLLOW_UP, on: start < admittedOn ? admittedOn : start, trigger: 'STEP' });
  }
  if (seed.exit) history.push({ to: PathStatus.EXITED, on: ago(seed.exit.daysAgo), trigger: 'EXIT' });
  const last = history[history.length - 1];
  const path = await manager.save(
    PliePath,
    manager.create(PliePath, {
      structureId: participant.structureId,
      participantId: participant.id,
      status: last.to,
      statusChangedOn: last.on,
      prescriber: seed.prescriber,
      orientedOn: history[0].on,
      admittedOn,
      followUpEndsOn,
      exitDate: seed.exit ? last.on : null,
      exitReason: seed.exit?.reason ?? null,
      exitPositive: seed.exit?.positive ?? null,
      exitComment: null,
      fseExitResults: seed.exit?.fseResults ?? null,
      fseExitRecordedOn: seed.exit?.fseResults ? last.on : null,
    }),
  );
  await manager.insert(
    PathTransition,
    history.map((step, i) => ({
      pathId: path.id,
      fromStatus: i === 0 ? null : history[i - 1].to,
      toStatus: step.to,
      effectiveOn: step.on,
      byUserId: userId,
      byApiKeyId: null,
      trigger: step.trigger,
      reason: step.reason ?? null,
      details: null,
    })),
  );
  if (committee) {
    await manager.insert(CommitteeFile, {
      committeeId: committee.id,
      pathId: path.id,
      presentedByUserId: userId,
      decision: seed.committee?.decision ?? null,
      reason: seed.committee?.reason ?? null,
      decidedAt: seed.committee?.decision ? new Date(`${committee.date}T16:00:00Z`) : null,
      decidedByUserId: null,
    });
  }
  if (seed.diagnosis) {
    await manager.insert(Diagnosis, {
      pathId: path.id,
      date: admittedOn ?? history[0].on,
      summary: seed.diagnosis.summary,
      professionalProject: seed.diagnosis.professionalProject ?? null,
      byUserId: userId,
    });
  }
  for (const obstacle of seed.obstacles ?? []) {
    const identifiedOn = admittedOn ?? history[0].on;
    await manager.insert(Obstacle, {
      pathId: path.id,
      ...obstacle,
      note: obstacle.note ?? null,
      identifiedOn,
      liftedOn: obstacle.status === ObstacleStatus.LIFTED ? ago(30) : null,
    });
  }
  for (const step of seed.steps ?? []) {
    await manager.insert(PathStep, {
      organisation: null,
      plannedEnd: null,
      actualStart: null,
      actualEnd: null,
      outcomeNote: null,
      contractType: null,
      contractMonths: null,
      workingTimePercent: null,
      qualifying: false,
      ...step,
      pathId: path.id,
      lastingJob: isLastingJob(step),
      createdByUserId: userId,
    });
  }
  for (const entry of seed.followUps ?? []) {
    await manager.insert(FollowUp, {
      durationMinutes: null,
      mode: null,
      summary: null,
      topic: null,
      answered: null,
      attended: null,
      ...entry,
      pathId: path.id,
      byUserId: userId,
    });
  }
}
