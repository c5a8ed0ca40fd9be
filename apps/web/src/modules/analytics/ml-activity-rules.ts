import { ML_ACTIVITY_MEASURE_LABELS, MlActivityMeasure } from '@passerelle/domain';

export const ML_MEASURES: readonly MlActivityMeasure[] = Object.values(MlActivityMeasure);

export const ML_MEASURE_COLORS: Record<MlActivityMeasure, string> = {
  [MlActivityMeasure.FIRST_WELCOMES]: 'blue.6',
  [MlActivityMeasure.YOUNG_PEOPLE_FOLLOWED]: 'teal.6',
  [MlActivityMeasure.INTERVIEWS]: 'indigo.6',
  [MlActivityMeasure.CEJ_ENTRIES]: 'green.6',
  [MlActivityMeasure.CEJ_EXITS]: 'orange.6',
};

export const mlMeasureLabel = (measure: string): string =>
  ML_ACTIVITY_MEASURE_LABELS[measure as MlActivityMeasure] ?? measure;
