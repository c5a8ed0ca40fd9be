import { NumberInput, type NumberInputProps } from '@mantine/core';

/** A workshop day's length, in hours: from a quarter of an hour to 12 hours, by half hours. */
export function HoursInput(props: NumberInputProps) {
  return <NumberInput label="Durée (heures)" min={0.25} max={12} step={0.5} decimalSeparator="," {...props} />;
}
