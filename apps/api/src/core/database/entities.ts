import { AuditLog } from '../audit/audit-log.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { ApiKey } from '../tenancy/api-keys/api-key.entity';
import { Branch, BranchArea } from '../tenancy/branches/branch.entity';
import { Structure } from '../tenancy/structures/structure.entity';
import { Membership, User } from '../tenancy/users/user.entity';
import { Participant, ParticipantSensitive } from '../../modules/participants/participant.entity';
import { ApprovalCommittee, CommitteeFile } from '../../modules/plie/committees/committee.entity';
import { Diagnosis, Obstacle } from '../../modules/plie/diagnosis/diagnosis.entity';
import { FollowUp } from '../../modules/plie/follow-ups/follow-up.entity';
import { PathTransition, PliePath } from '../../modules/plie/paths/plie-path.entity';
import { PathStep } from '../../modules/plie/steps/path-step.entity';
import { Notification } from '../../modules/notifications/notification.entity';
import { Report } from '../../modules/reports/report.entity';
import { RetentionReview } from '../../modules/retention/retention-review.entity';

/** Every TypeORM entity; the data source and the drift check both use this list. */
export const ENTITIES = [
  Structure, Branch, BranchArea, User, Membership, ApiKey, RefreshToken, AuditLog,
  Participant, ParticipantSensitive,
  PliePath, PathTransition, ApprovalCommittee, CommitteeFile, Diagnosis, Obstacle, PathStep, FollowUp,
  Report, Notification, RetentionReview,
];
