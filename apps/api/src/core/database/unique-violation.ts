import { QueryFailedError } from 'typeorm';

/** The name of the unique constraint a failed insert or update hit, if that is why it failed. */
export function uniqueViolation(error: unknown): string | null {
  if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505') {
    return (error.driverError as { constraint?: string }).constraint ?? '';
  }
  return null;
}
