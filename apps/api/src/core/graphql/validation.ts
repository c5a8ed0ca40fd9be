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

/** Constraints with a bound: the bound is read from class-validator's English message and said in French. */
const BOUNDED_MESSAGES: Record<string, (bound: string) => string> = {
  maxLength: (n) => `Au plus ${n} caractères.`,
  minLength: (n) => `Au moins ${n} caractère${Number(n) > 1 ? 's' : ''}.`,
  max: (n) => `La valeur ne peut pas dépasser ${n}.`,
  min: (n) => `La valeur doit être au moins ${n}.`,
  arrayMaxSize: (n) => `Au plus ${n} éléments.`,
  arrayMinSize: (n) => `Au moins ${n} élément${Number(n) > 1 ? 's' : ''}.`,
};

function frenchMessage(constraint: string, message: string): string {
  if (!isDefaultEnglish(message)) return message;
  // After the property name, which may hold digits itself ("line2 must be shorter than or equal to 200 characters").
  const bound = /\b(?:must|should|has|is)\b.*?(-?\d+(?:\.\d+)?)/.exec(message)?.[1];
  if (BOUNDED_MESSAGES[constraint] && bound !== undefined) return BOUNDED_MESSAGES[constraint](bound);
  if (constraint === 'matches') return 'Format invalide.';
  return FRENCH_MESSAGES[constraint] ?? message;
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      const [constraint, message] = Object.entries(error.constraints)[0];
      fields[path] = frenchMessage(constraint, message);
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
