import { Module } from '@nestjs/common';
import { ExitRuleService } from './follow-up/exit-rule.service';
import { ActivityFollowUpResolver, InterviewFieldsResolver, OrientationActivitiesResolver } from './follow-up/follow-up.resolver';
import { ActivityFollowUpService } from './follow-up/follow-up.service';
import { EnrolmentFieldsResolver, SessionsResolver } from './sessions/sessions.resolver';
import { SessionsService } from './sessions/sessions.service';
import { TimeEntriesResolver } from './time-entries/time-entries.resolver';
import { TimeEntriesService } from './time-entries/time-entries.service';

/** What a provider delivers on a lot: sessions and attendance, interviews, reminders and exit proposals, staff time. */
@Module({
  providers: [
    ExitRuleService,
    SessionsService, SessionsResolver, EnrolmentFieldsResolver,
    ActivityFollowUpService, ActivityFollowUpResolver, InterviewFieldsResolver, OrientationActivitiesResolver,
    TimeEntriesService, TimeEntriesResolver,
  ],
  exports: [SessionsService],
})
export class ActivitiesModule {}
