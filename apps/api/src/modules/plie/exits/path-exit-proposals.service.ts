import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EXIT_REASON_LABELS, ExitProposalStatus, todayInParis } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { Actor } from '../../../core/auth/actor';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../../core/graphql/errors';
import { saveNew } from '../../../core/database/writes';
import { uniqueViolation } from '../../../core/database/unique-violation';
import { isUuid } from '../../../core/validation/calendar-date.validator';
import { findReachablePath } from '../paths/path-access';
import { PathStateService } from '../paths/path-state';
import { PliePathsService } from '../paths/plie-paths.service';
import { checkNotFuture } from '../../../core/validation/dates';
import { DecidePliePathExitProposalInput, ProposePliePathExitInput } from './path-exit-proposal.dto';
import { PathExitProposal } from './path-exit-proposal.entity';

/** Exit proposals: the référent (the provider's, usually) proposes, the operator validates or dismisses. */
@Injectable()
export class PathExitProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly state: PathStateService,
    private readonly paths: PliePathsService,
  ) {}

  async propose(actor: Actor, input: ProposePliePathExitInput): Promise<PathExitProposal> {
    checkNotFuture('date', input.date, 'La date de sortie ne peut pas être dans le futur.');
    return this.dataSource.transaction(async (manager) => {
      const { path, side } = await this.state.lockForFollowUp(manager, actor, input.pathId);
      this.state.assertActive(path);
      if (path.admittedOn && input.date < path.admittedOn)
        throw new InputError({ date: `La sortie ne peut pas précéder l’admission (${path.admittedOn}).` });
      if (await manager.existsBy(PathExitProposal, { pathId: path.id, status: ExitProposalStatus.PENDING }))
        throw new InputError({ pathId: 'Une proposition de sortie attend déjà la décision de la structure porteuse.' });
      try {
        const proposal = await saveNew(manager, PathExitProposal, {
          pathId: path.id,
          structureId: path.structureId,
          proposedByStructureId: side === 'provider' ? actor.structureId : null,
          date: input.date,
          reason: input.reason,
          comment: input.comment?.trim() || null,
          status: ExitProposalStatus.PENDING,
          proposedByUserId: actor.userId,
          decidedOn: null,
          decidedByUserId: null,
          decisionNote: null,
        });
        await this.state.recordEvent(manager, actor, path, 'plie.exit-proposal.raised', {
          proposalId: proposal.id,
          reason: input.reason,
        });
        return proposal;
      } catch (error) {
        if (uniqueViolation(error) !== null)
          throw new InputError({
            pathId: 'Une proposition de sortie attend déjà la décision de la structure porteuse.',
          });
        throw error;
      }
    });
  }

  /** The operator's decision: accepting records the exit (proposed day and reason); the provider is answered FORBIDDEN. */
  async decide(actor: Actor, input: DecidePliePathExitProposalInput): Promise<PathExitProposal> {
    return this.dataSource.transaction(async (manager) => {
      const found = isUuid(input.id) ? await manager.findOneBy(PathExitProposal, { id: input.id }) : null;
      if (!found) throw new NotFoundError('Proposition de sortie');
      const { path, side } = await findReachablePath(manager, actor, found.pathId, {
        lock: true,
        what: 'Proposition de sortie',
      });
      if (side !== 'operator') throw new ForbiddenError('Cette décision revient à la structure porteuse.');
      const proposal = await manager.findOneOrFail(PathExitProposal, {
        where: { id: found.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (proposal.version !== input.version) throw new ConflictError();
      if (proposal.status !== ExitProposalStatus.PENDING)
        throw new ConflictError('Cette proposition de sortie a déjà été traitée.');
      if (input.accept) {
        this.state.assertActive(path);
        await this.paths.exitLocked(manager, actor, path, {
          date: proposal.date,
          reason: proposal.reason,
          comment: proposal.comment ?? `Sortie proposée : ${EXIT_REASON_LABELS[proposal.reason]}`,
        });
      }
      await manager
        .createQueryBuilder()
        .update(PathExitProposal)
        .set({
          status: input.accept ? ExitProposalStatus.ACCEPTED : ExitProposalStatus.DISMISSED,
          decidedOn: todayInParis(),
          decidedByUserId: actor.userId,
          decisionNote: input.note?.trim() || null,
          version: () => 'version + 1',
        })
        .where('id = :id', { id: proposal.id })
        .execute();
      await this.state.recordEvent(manager, actor, path, 'plie.exit-proposal.decided', {
        proposalId: proposal.id,
        accepted: input.accept,
      });
      return manager.findOneByOrFail(PathExitProposal, { id: proposal.id });
    });
  }
}
