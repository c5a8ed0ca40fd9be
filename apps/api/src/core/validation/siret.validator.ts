import { isValidSiret } from '@passerelle/domain';
import { ValidateBy, ValidationOptions } from 'class-validator';

export const IsSiret = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isSiret',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidSiret(value),
        defaultMessage: () => 'SIRET invalide : 14 chiffres avec une clé de contrôle correcte.',
      },
    },
    options,
  );
