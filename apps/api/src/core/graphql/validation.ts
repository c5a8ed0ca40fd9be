import { ValidationError, ValidationPipe } from '@nestjs/common';
import { InputError } from './errors';

/** Messages for constraints whose decorators don't carry their own French message. */
const FRENCH_MESSAGES: Record<string, string> = {
  isNotEmpty: 'Ce champ est obligatoire.',
  isDefined: 'Ce champ est obligatoire.',
  isString: 'Ce champ doit être un texte.',
  isEmail: 'Adresse e-mail invalide.',
  isEnum: 'Valeur non autorisée.',
  isIn: 'Valeur non autorisée.',
  isUUID: 'Identifiant invalide.',
  isInt: 'Un nombre entier est attendu.',
  isNumber: 'Un nombre est attendu.',
  isBoolean: 'Oui ou non attendu.',
  isArray: 'Une liste est attendue.',
  isDateString: 'Date invalide (format AAAA-MM-JJ attendu).',
  isISO8601: 'Date invalide (format AAAA-MM-JJ attendu).',
  arrayNotEmpty: 'Au moins un élément est attendu.',
  whitelistValidation: 'Champ inconnu.',
};

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      const [constraint, message] = Object.entries(error.constraints)[0];
      fields[path] = FRENCH_MESSAGES[constraint] && isDefaultEnglish(message) ? FRENCH_MESSAGES[constraint] : message;
    }
    if (error.children?.length) Object.assign(fields, flattenValidationErrors(error.children, path));
  }
  return fields;
}

/** class-validator's own messages are English and start with the property name; ours are French sentences. */
function isDefaultEnglish(message: string): boolean {
  return /^[a-zA-Z0-9_.[\]]+ (must|should|has|is)\b/.test(message) || /^property /.test(message);
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) => new InputError(flattenValidationErrors(errors)),
  });
}
