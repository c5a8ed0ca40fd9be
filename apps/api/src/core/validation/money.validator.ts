import { isValidAmount } from '@passerelle/domain';
import { ValidateBy, ValidationOptions } from 'class-validator';

/** Euros as a decimal string with at most 2 decimals ("42000" or "42000.50"): never a float. */
export function IsAmount(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAmount',
      validator: {
        validate: (value) => typeof value === 'string' && isValidAmount(value),
        defaultMessage: () => 'Montant invalide (ex. 42000 ou 42000.50, sans espace).',
      },
    },
    options,
  );
}

/** A decimal quantity (hours, ETP) with at most 2 decimals. */
export function IsDecimal(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDecimal',
      validator: {
        validate: (value) => typeof value === 'string' && /^\d{1,5}(\.\d{1,2})?$/.test(value),
        defaultMessage: () => 'Nombre décimal invalide (ex. 270 ou 0.70).',
      },
    },
    options,
  );
}

/** "42000.5" → 4200050 cents, exactly (no float arithmetic on money). */
export function cents(amount: string): number {
  const [whole, fraction = ''] = amount.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}
