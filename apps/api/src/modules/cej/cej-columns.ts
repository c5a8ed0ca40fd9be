import { ColumnOptions, ValueTransformer } from 'typeorm';

/** PostgreSQL returns numeric as text; hours are small decimals (2 places) read back as numbers. */
const hoursTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

export const decimalHours: ColumnOptions = { type: 'numeric', precision: 5, scale: 2, transformer: hoursTransformer };
export const nullableDecimalHours: ColumnOptions = { ...decimalHours, nullable: true };

/** Money stays a decimal string end to end ("347.30"): never a float. */
export const money: ColumnOptions = { type: 'numeric', precision: 10, scale: 2 };
