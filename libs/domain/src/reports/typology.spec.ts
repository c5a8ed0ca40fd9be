import { AgeBand, ageBand, ageBandOfAge } from './typology';

describe('age bands', () => {
  it('puts each age in its band, bounds included', () => {
    expect([0, 17, 18, 25, 26, 44, 45, 54, 55, 80].map(ageBandOfAge)).toEqual([
      AgeBand.UNDER_18,
      AgeBand.UNDER_18,
      AgeBand.FROM_18_TO_25,
      AgeBand.FROM_18_TO_25,
      AgeBand.FROM_26_TO_44,
      AgeBand.FROM_26_TO_44,
      AgeBand.FROM_45_TO_54,
      AgeBand.FROM_45_TO_54,
      AgeBand.FROM_55,
      AgeBand.FROM_55,
    ]);
  });

  it('changes band on the birthday, not the day before', () => {
    expect(ageBand('2000-05-31', '2026-05-30')).toBe(AgeBand.FROM_18_TO_25);
    expect(ageBand('2000-05-31', '2026-05-31')).toBe(AgeBand.FROM_26_TO_44);
    expect(ageBand('2008-02-29', '2026-02-28')).toBe(AgeBand.UNDER_18);
    expect(ageBand('2008-02-29', '2026-03-01')).toBe(AgeBand.FROM_18_TO_25);
  });
});
