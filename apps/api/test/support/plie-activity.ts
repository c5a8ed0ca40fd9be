import { TestApp } from './test-app';

type Session = { token: string; structureId: string };

export interface PersonSpec {
  lastName: string;
  sex: 'FEMALE' | 'MALE';
  birthDate: string;
  epci?: string | null;
  entrySituations?: string[];
}

/** Builds PLIE activity through the public mutations, as a coordinator would record it. */
export class PlieActivity {
  constructor(
    private readonly t: TestApp,
    private readonly session: Session,
  ) {}

  private async call(query: string, input: Record<string, unknown>): Promise<any> {
    const result = await this.t.gql(query, { input }, this.session);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return Object.values(result.data)[0];
  }

  async participant(spec: PersonSpec): Promise<string> {
    const created = await this.call(
      `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
      {
        lastName: spec.lastName,
        firstName: 'Test',
        sex: spec.sex,
        birthDate: spec.birthDate,
        programme: 'PLIE',
        entrySituations: spec.entrySituations ?? [],
        address: spec.epci ? { epci: spec.epci, inQpv: false } : null,
        confirmNotDuplicate: true,
      },
    );
    return created.id;
  }

  /** Oriented the day before, admitted by a committee on `admittedOn`; returns the path id and version. */
  async admit(participantId: string, admittedOn: string): Promise<{ id: string; version: number }> {
    const oriented = new Date(`${admittedOn}T12:00:00Z`);
    oriented.setUTCDate(oriented.getUTCDate() - 1);
    const path = await this.call(`mutation($input: ProposePliePathInput!) { proposePliePath(input: $input) { id } }`, {
      participantId,
      prescriber: 'France Travail',
      orientedOn: oriented.toISOString().slice(0, 10),
    });
    const committee = await this.call(
      `mutation($input: CreateApprovalCommitteeInput!) { createApprovalCommittee(input: $input) { id } }`,
      {
        date: admittedOn,
        title: `Comité du ${admittedOn}`,
      },
    );
    const file = await this.call(
      `mutation($input: PresentToCommitteeInput!) { presentToCommittee(input: $input) { id } }`,
      { pathId: path.id, committeeId: committee.id },
    );
    const decided = await this.call(
      `mutation($input: DecideCommitteeFileInput!) { decideCommitteeFile(input: $input) { path { id version } } }`,
      {
        fileId: file.id,
        decision: 'ADMITTED',
      },
    );
    return decided.path;
  }

  async followUp(
    pathId: string,
    kind: 'INTERVIEW' | 'REMINDER' | 'COLLECTIVE_MEETING',
    date: string,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    await this.call(`mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id } }`, {
      pathId,
      kind,
      date,
      ...(kind === 'INTERVIEW' ? { mode: 'FACE_TO_FACE', durationMinutes: 45 } : {}),
      ...extra,
    });
  }

  async exit(path: { id: string }, date: string, reason: string): Promise<void> {
    const [{ version }] = await this.t.dataSource.query(`SELECT version FROM plie_paths WHERE id = $1`, [path.id]);
    await this.call(`mutation($input: ExitPliePathInput!) { exitPliePath(input: $input) { id } }`, {
      pathId: path.id,
      version,
      date,
      reason,
    });
  }
}
