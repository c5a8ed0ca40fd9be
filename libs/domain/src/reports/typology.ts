import { ageOn } from '../participants';
import { CalendarDate } from '../dates';

/**
 * Age bands of the report typology and of the drop-off profile: minors (FSE+ counts under 18), young people of
 * the Missions Locales (18–25), adults of the PLIE, and the 55+ the FSE+ also counts. Lower bounds, in order.
 */
export enum AgeBand {
  UNDER_18 = 'UNDER_18',
  FROM_18_TO_25 = 'FROM_18_TO_25',
  FROM_26_TO_44 = 'FROM_26_TO_44',
  FROM_45_TO_54 = 'FROM_45_TO_54',
  FROM_55 = 'FROM_55',
}

export const AGE_BANDS: readonly { band: AgeBand; from: number; label: string }[] = [
  { band: AgeBand.UNDER_18, from: 0, label: 'Moins de 18 ans' },
  { band: AgeBand.FROM_18_TO_25, from: 18, label: '18 à 25 ans' },
  { band: AgeBand.FROM_26_TO_44, from: 26, label: '26 à 44 ans' },
  { band: AgeBand.FROM_45_TO_54, from: 45, label: '45 à 54 ans' },
  { band: AgeBand.FROM_55, from: 55, label: '55 ans et plus' },
];

export const AGE_BAND_LABELS = Object.fromEntries(AGE_BANDS.map(({ band, label }) => [band, label])) as Record<
  AgeBand,
  string
>;

export function ageBandOfAge(age: number): AgeBand {
  let found = AGE_BANDS[0].band;
  for (const { band, from } of AGE_BANDS) if (age >= from) found = band;
  return found;
}

/** The band of a person born on `birthDate`, on the day `on` (their age in whole years that day). */
export const ageBand = (birthDate: CalendarDate, on: CalendarDate): AgeBand => ageBandOfAge(ageOn(birthDate, on));
