import { Foundation1763856000000 } from './1763856000000-Foundation';
import { ParticipantsAndPliePaths1764000000000 } from './1764000000000-ParticipantsAndPliePaths';
import { CejContracts1764300000000 } from './1764300000000-CejContracts';
import { CejParameterHistory1764300000001 } from './1764300000001-CejParameterHistory';
import { CejPlanningAndAllowance1764300000002 } from './1764300000002-CejPlanningAndAllowance';
import { CejPositioningAndBooklet1764300000003 } from './1764300000003-CejPositioningAndBooklet';
import { CejDigitalPath1764300000004 } from './1764300000004-CejDigitalPath';

/** Every migration, in order. Generated with `pnpm --filter @passerelle/api db:migration:generate <Name>`, never edited after landing. */
export const MIGRATIONS = [Foundation1763856000000, ParticipantsAndPliePaths1764000000000, CejContracts1764300000000, CejParameterHistory1764300000001, CejPlanningAndAllowance1764300000002, CejPositioningAndBooklet1764300000003, CejDigitalPath1764300000004];
