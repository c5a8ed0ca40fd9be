import { Module } from '@nestjs/common';
import { PathStateService } from './paths/path-state';
import { ParticipantPliePathsResolver, PliePathsResolver } from './paths/plie-paths.resolver';
import { PliePathsService } from './paths/plie-paths.service';

/** PLIE parcours: paths and their transitions, approval committees, diagnosis, steps, follow-up, exits, portfolio. */
@Module({
  providers: [PathStateService, PliePathsService, PliePathsResolver, ParticipantPliePathsResolver],
})
export class PlieModule {}
