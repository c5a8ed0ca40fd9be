import { todayInParis } from '@passerelle/domain';
import { InputError } from '../graphql/errors';

/** A day in the future is refused for facts that already happened. */
export function checkNotFuture(
  field: string,
  day: string,
  message = 'Cette date ne peut pas être dans le futur.',
): void {
  if (day > todayInParis()) throw new InputError({ [field]: message });
}
