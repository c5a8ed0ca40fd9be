import { Foundation1763856000000 } from './1763856000000-Foundation';
import { ParticipantsAndPliePaths1764000000000 } from './1764000000000-ParticipantsAndPliePaths';
import { MarketsAndLots1764100000100 } from './1764100000100-MarketsAndLots';
import { OrientationsAndLiaisonSheets1764100000200 } from './1764100000200-OrientationsAndLiaisonSheets';
import { ActivitiesAndProofs1764100000300 } from './1764100000300-ActivitiesAndProofs';
import { AttendanceSignatures1764100000400 } from './1764100000400-AttendanceSignatures';
import { ImmersionsAndAssessments1764100000500 } from './1764100000500-ImmersionsAndAssessments';
import { CejContracts1764300000000 } from './1764300000000-CejContracts';
import { CejParameterHistory1764300000001 } from './1764300000001-CejParameterHistory';
import { CejPlanningAndAllowance1764300000002 } from './1764300000002-CejPlanningAndAllowance';
import { CejPositioningAndBooklet1764300000003 } from './1764300000003-CejPositioningAndBooklet';
import { CejDigitalPath1764300000004 } from './1764300000004-CejDigitalPath';
import { ReportsAndNotifications1764400000000 } from './1764400000000-ReportsAndNotifications';
import { RetentionReviews1764500000000 } from './1764500000000-RetentionReviews';
import { PaymentIndicators1764600000000 } from './1764600000000-PaymentIndicators';
import { ParticipantDocuments1764700000000 } from './1764700000000-ParticipantDocuments';
import { BidWithdrawalAndConventionAmendments1764700000400 } from './1764700000400-BidWithdrawalAndConventionAmendments';
import { IndicatorMeasuresExitsSheetsWait1765000000000 } from './1765000000000-IndicatorMeasuresExitsSheetsWait';
import { ReportingParametersAndIndicatorIndexes1765000000001 } from './1765000000001-ReportingParametersAndIndicatorIndexes';
import { LotReportsAndIndicatorVersions1765100000000 } from './1765100000000-LotReportsAndIndicatorVersions';
import { CejBreachReviewAndCohortPeriod1765100000500 } from './1765100000500-CejBreachReviewAndCohortPeriod';
import { PendingFiles1796291641200 } from './1796291641200-PendingFiles';
import { ApiKeyExpiry1796296261499 } from './1796296261499-ApiKeyExpiry';
import { Networks1796300000000 } from './1796300000000-Networks';
import { AuthSessions1796300000500 } from './1796300000500-AuthSessions';
import { OutboxJobs1796300001000 } from './1796300001000-OutboxJobs';
import { RowLevelSecurity1796500000000 } from './1796500000000-RowLevelSecurity';
import { LotProspections1796500300000 } from './1796500300000-LotProspections';
import { MlContacts1796500400000 } from './1796500400000-MlContacts';
import { PlieProviderReferents1796540000000 } from './1796540000000-PlieProviderReferents';
import { CejProviders1796550000000 } from './1796550000000-CejProviders';
import { RowLevelSecurityProviders1796560000000 } from './1796560000000-RowLevelSecurityProviders';
import { UserNotificationEmails1796591100000 } from './1796591100000-UserNotificationEmails';
import { RowLevelSecurityAttendance1796600000000 } from './1796600000000-RowLevelSecurityAttendance';
import { RowLevelSecurityMarkets1796600100000 } from './1796600100000-RowLevelSecurityMarkets';
import { PlieCommitteeProposals1796610000000 } from './1796610000000-PlieCommitteeProposals';
import { ImmersionPersonLimit1796620000000 } from './1796620000000-ImmersionPersonLimit';
import { BidDeadline1796630000000 } from './1796630000000-BidDeadline';
import { JointBids1796630100000 } from './1796630100000-JointBids';
import { JointBidsRowLevelSecurity1796630200000 } from './1796630200000-JointBidsRowLevelSecurity';

/** Every migration, in order. Generated with TypeORM (see docs/operations.md), never edited after landing. */
export const MIGRATIONS = [
  Foundation1763856000000,
  ParticipantsAndPliePaths1764000000000,
  MarketsAndLots1764100000100,
  OrientationsAndLiaisonSheets1764100000200,
  ActivitiesAndProofs1764100000300,
  AttendanceSignatures1764100000400,
  ImmersionsAndAssessments1764100000500,
  CejContracts1764300000000,
  CejParameterHistory1764300000001,
  CejPlanningAndAllowance1764300000002,
  CejPositioningAndBooklet1764300000003,
  CejDigitalPath1764300000004,
  ReportsAndNotifications1764400000000,
  RetentionReviews1764500000000,
  PaymentIndicators1764600000000,
  ParticipantDocuments1764700000000,
  BidWithdrawalAndConventionAmendments1764700000400,
  IndicatorMeasuresExitsSheetsWait1765000000000,
  ReportingParametersAndIndicatorIndexes1765000000001,
  LotReportsAndIndicatorVersions1765100000000,
  CejBreachReviewAndCohortPeriod1765100000500,
  PendingFiles1796291641200,
  ApiKeyExpiry1796296261499,
  Networks1796300000000,
  AuthSessions1796300000500,
  OutboxJobs1796300001000,
  RowLevelSecurity1796500000000,
  LotProspections1796500300000,
  MlContacts1796500400000,
  PlieProviderReferents1796540000000,
  CejProviders1796550000000,
  RowLevelSecurityProviders1796560000000,
  UserNotificationEmails1796591100000,
  RowLevelSecurityAttendance1796600000000,
  RowLevelSecurityMarkets1796600100000,
  PlieCommitteeProposals1796610000000,
  ImmersionPersonLimit1796620000000,
  BidDeadline1796630000000,
  JointBids1796630100000,
  JointBidsRowLevelSecurity1796630200000,
];
