export { MIN_PASSWORD_LENGTH, PASSWORD_HINT, passwordWeakness } from '@passerelle/domain';
