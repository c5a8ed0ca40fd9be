import { registerEnumType } from '@nestjs/graphql';

/**
 * Registers each enum of `enums` as a GraphQL enum named after its key, with the French description given under the
 * same key (enums without one stay undescribed).
 */
export function registerEnums<T extends Record<string, object>>(
  enums: T,
  descriptions: Partial<Record<keyof T, string>> = {},
): void {
  for (const [name, values] of Object.entries(enums)) {
    registerEnumType(values, { name, description: descriptions[name as keyof T] });
  }
}
