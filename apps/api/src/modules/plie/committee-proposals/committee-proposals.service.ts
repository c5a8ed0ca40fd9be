import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommitteeProposalStatus, todayInParis } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { saveNew } from '../../../core/database/writes';
import { uniqueViolation } from '../../../core/database/unique-violation';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../../core/graphql/errors';
import { isUuid } from '../../../core/validation/calendar-date.validator';
import { participantOf, recordParticipantEvent } from '../../participants/participant-access';
import { ApprovalCommittee } from '../committees/committee.entity';
import { findReachablePath } from '../paths/path-access';
import { PathStateService } from '../paths/path-state';
import { DecidePathCommitteeProposalInput, ProposePathToCommitteeInput } from './committee-proposal.dto';
import { PathCommitteeProposal } from './committee-proposal.entity';

const ALREADY_PENDING = 'Une proposition de passage en comité attend déjà l’examen de la coordination.';

/** Committee proposals: the référent (the provider's, usually) proposes, the operator's coordination schedules or dismisses. */
@Injectable()
export class CommitteeProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly state: PathStateService,
  ) {}

  /** On an admitted path the caller follows (a provider: its portfolio only, consent recorded); NOT_FOUND otherwise. */
  async propose(actor: Actor, input: ProposePathToCommitteeInput): Promise<PathCommitteeProposal> {
    return this.dataSource.transaction(async (manager) => {
      const { path, side } = await this.state.lockForFollowUp(manager, actor, input.pathId);
      this.state.assertActive(path);
      if (await manager.existsBy(PathCommitteeProposal, { pathId: path.id, status: CommitteeProposalStatus.PENDING }))
        throw new InputError({ pathId: ALREADY_PENDING });
      try {
        const proposal = await saveNew(manager, PathCommitteeProposal, {
          pathId: path.id,
          structureId: path.structureId,
          proposedByStructureId: side === 'provider' ? actor.structureId : null,
          subject: input.subject.trim(),
          comment: input.comment?.trim() || null,
          status: CommitteeProposalStatus.PENDING,
          committeeId: null,
          proposedByUserId: actor.userId,
          decidedOn: null,
          decidedByUserId: null,
          decisionNote: null,
        });
        await recordParticipantEvent(
          this.audit,
          manager,
          actor,
          participantOf(path),
          'plie.committee-proposal.raised',
          { pathId: path.id, proposalId: proposal.id },
        );
        return proposal;
      } catch (error) {
        if (uniqueViolation(error) !== null) throw new InputError({ pathId: ALREADY_PENDING });
        throw error;
      }
    });
  }

  /** The operator's coordination schedules it on one of its sessions to come, or dismisses it; a provider gets FORBIDDEN. */
  async decide(actor: Actor, input: DecidePathCommitteeProposalInput): Promise<PathCommitteeProposal> {
    return this.dataSource.transaction(async (manager) => {
      const found = isUuid(input.id) ? await manager.findOneBy(PathCommitteeProposal, { id: input.id }) : null;
      if (!found) throw new NotFoundError('Proposition de passage en comité');
      const { path, side } = await findReachablePath(manager, actor, found.pathId, {
        lock: true,
        what: 'Proposition de passage en comité',
      });
      if (side !== 'operator') throw new ForbiddenError('Cette décision revient à la structure porteuse.');
      const proposal = await manager.findOneOrFail(PathCommitteeProposal, {
        where: { id: found.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (proposal.version !== input.version) throw new ConflictError();
      if (proposal.status !== CommitteeProposalStatus.PENDING)
        throw new ConflictError('Cette proposition a déjà été examinée.');
      let committeeId: string | null = null;
      if (input.accept) {
        if (!input.committeeId) throw new InputError({ committeeId: 'Choisissez la séance du comité.' });
        const committee = await manager.findOneBy(ApprovalCommittee, {
          id: input.committeeId,
          structureId: path.structureId,
        });
        if (!committee) throw new InputError({ committeeId: 'Choisissez une séance du comité de la structure.' });
        if (committee.date < todayInParis())
          throw new InputError({ committeeId: 'Cette séance a déjà eu lieu : choisissez une séance à venir.' });
        committeeId = committee.id;
      }
      await manager
        .createQueryBuilder()
        .update(PathCommitteeProposal)
        .set({
          status: input.accept ? CommitteeProposalStatus.SCHEDULED : CommitteeProposalStatus.DISMISSED,
          committeeId,
          decidedOn: todayInParis(),
          decidedByUserId: actor.userId,
          decisionNote: input.note?.trim() || null,
          version: () => 'version + 1',
        })
        .where('id = :id', { id: proposal.id })
        .execute();
      await recordParticipantEvent(this.audit, manager, actor, participantOf(path), 'plie.committee-proposal.decided', {
        pathId: path.id,
        proposalId: proposal.id,
        committeeId,
      });
      return manager.findOneByOrFail(PathCommitteeProposal, { id: proposal.id });
    });
  }
}
