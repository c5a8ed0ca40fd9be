import { EducationLevel } from '../participants';
import { FseAnswer, fseEntryMissing, FseEmploymentStatus, FseHouseholdSituation, iscedGroup, IscedGroup } from './fse';
import { CommitteeDecision, pathStatusAfterDecision } from './committee';
import { PathStatus } from './path';

describe('FSE+ entry data', () => {
  const complete = {
    sex: 'FEMALE',
    birthDate: '1980-04-12',
    educationLevel: EducationLevel.LEVEL_3,
    employmentStatus: FseEmploymentStatus.LONG_TERM_UNEMPLOYED,
    householdSituation: FseHouseholdSituation.SINGLE_ADULT_WITH_CHILDREN,
    disability: FseAnswer.DECLINED,
    thirdCountryNational: FseAnswer.NO,
    foreignBackground: FseAnswer.DECLINED,
    minority: FseAnswer.DECLINED,
    homeless: FseAnswer.NO,
    ruralArea: false,
  };

  it('lists nothing when every question is answered, a declined answer included', () => {
    expect(fseEntryMissing(complete)).toEqual([]);
  });

  it('lists the missing questions with their French labels, in questionnaire order', () => {
    expect(fseEntryMissing({ ...complete, educationLevel: null, disability: undefined, ruralArea: null })).toEqual([
      'Niveau d’éducation (CITE)',
      'Situation de handicap',
      'Résidence en zone rurale',
    ]);
  });

  it('groups French levels into ISCED groups (CAP and BEP are upper secondary)', () => {
    expect(iscedGroup(EducationLevel.LOWER_SECONDARY)).toBe(IscedGroup.ISCED_0_2);
    expect(iscedGroup(EducationLevel.LEVEL_3)).toBe(IscedGroup.ISCED_3_4);
    expect(iscedGroup(EducationLevel.LEVEL_5)).toBe(IscedGroup.ISCED_5_8);
  });
});

describe('committee decisions', () => {
  it('admit to an active path, postpone to waiting, refuse to not admitted', () => {
    expect(pathStatusAfterDecision(CommitteeDecision.ADMITTED)).toBe(PathStatus.ACTIVE);
    expect(pathStatusAfterDecision(CommitteeDecision.POSTPONED)).toBe(PathStatus.AWAITING_COMMITTEE);
    expect(pathStatusAfterDecision(CommitteeDecision.REFUSED)).toBe(PathStatus.NOT_ADMITTED);
  });
});
