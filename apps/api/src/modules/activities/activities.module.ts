import { Module } from '@nestjs/common';
import { ProofsModule } from '../proofs/proofs.module';
import {
  AttendanceSheetFilesController,
  SignatureLinksController,
} from './attendance-sheets/attendance-sheets.controller';
import { AttendanceSheetsResolver } from './attendance-sheets/attendance-sheets.resolver';
import { AttendanceSheetsService } from './attendance-sheets/attendance-sheets.service';
import { AssessmentsService } from './assessments/assessments.service';
import {
  AssessmentFieldsResolver,
  ImmersionsResolver,
  OrientationImmersionsResolver,
} from './immersions/immersions.resolver';
import { ImmersionsService } from './immersions/immersions.service';
import { ExitRuleService } from './follow-up/exit-rule.service';
import {
  ActivityFollowUpResolver,
  InterviewFieldsResolver,
  OrientationActivitiesResolver,
} from './follow-up/follow-up.resolver';
import { ActivityFollowUpService } from './follow-up/follow-up.service';
import { EnrolmentFieldsResolver, SessionsResolver } from './sessions/sessions.resolver';
import { SessionsService } from './sessions/sessions.service';
import { ProspectionsResolver } from './prospections/prospections.resolver';
import { ProspectionsService } from './prospections/prospections.service';
import { TimeEntriesResolver } from './time-entries/time-entries.resolver';
import { TimeEntriesService } from './time-entries/time-entries.service';

/** What a provider delivers on a lot: sessions, attendance and attendance sheets (PDF, e-signature, signed scans), interviews, reminders and exit proposals, staff time, prospected host structures, immersions and assessments. */
@Module({
  imports: [ProofsModule],
  controllers: [AttendanceSheetFilesController, SignatureLinksController],
  providers: [
    AttendanceSheetsService,
    AttendanceSheetsResolver,
    ExitRuleService,
    SessionsService,
    SessionsResolver,
    EnrolmentFieldsResolver,
    ActivityFollowUpService,
    ActivityFollowUpResolver,
    InterviewFieldsResolver,
    OrientationActivitiesResolver,
    TimeEntriesService,
    TimeEntriesResolver,
    ProspectionsService,
    ProspectionsResolver,
    ImmersionsService,
    AssessmentsService,
    ImmersionsResolver,
    AssessmentFieldsResolver,
    OrientationImmersionsResolver,
  ],
  exports: [SessionsService, ImmersionsService, ActivityFollowUpService],
})
export class ActivitiesModule {}
