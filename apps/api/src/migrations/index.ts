import { Foundation1763856000000 } from './1763856000000-Foundation';
import { ParticipantsAndPliePaths1764000000000 } from './1764000000000-ParticipantsAndPliePaths';
import { ReportsAndNotifications1764400000000 } from './1764400000000-ReportsAndNotifications';
import { RetentionReviews1764500000000 } from './1764500000000-RetentionReviews';

/** Every migration, in order. Generated with `pnpm --filter @passerelle/api db:migration:generate <Name>`, never edited after landing. */
export const MIGRATIONS = [Foundation1763856000000, ParticipantsAndPliePaths1764000000000, ReportsAndNotifications1764400000000, RetentionReviews1764500000000];
