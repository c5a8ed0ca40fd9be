import { Module } from '@nestjs/common';
import { LiaisonSheetsResolver } from './liaison-sheets/liaison-sheets.resolver';
import { LiaisonSheetsService } from './liaison-sheets/liaison-sheets.service';
import { OrientationsResolver, ParticipantOrientationsResolver } from './orientations/orientations.resolver';
import { OrientationsService } from './orientations/orientations.service';

/** Orientations of participants to lots' actions, and the liaison sheets the provider owes within 15 days. */
@Module({
  providers: [
    OrientationsService,
    OrientationsResolver,
    ParticipantOrientationsResolver,
    LiaisonSheetsService,
    LiaisonSheetsResolver,
  ],
  exports: [OrientationsService],
})
export class OrientationsModule {}
