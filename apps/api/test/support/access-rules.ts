import { INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { ACCESS_KEY, AccessRule } from '../../src/core/auth/access.decorator';

/**
 * The access rule each GraphQL root operation of the running app declares, keyed `Query.name`, `Mutation.name` or
 * `Subscription.name` by the name the schema exposes (undefined when the resolver declares none).
 */
export function accessRules(app: INestApplication): Map<string, AccessRule | undefined> {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const rules = new Map<string, AccessRule | undefined>();
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance;
    if (!instance || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance);
    for (const method of scanner.getAllMethodNames(prototype)) {
      const type = Reflect.getMetadata('graphql:resolver_type', prototype[method]);
      if (!['Query', 'Mutation', 'Subscription'].includes(type)) continue;
      // `@Query(() => T, { name })` exposes the method under another name than its own.
      const name = Reflect.getMetadata('graphql:resolver_name', prototype[method]) ?? method;
      rules.set(
        `${type}.${name}`,
        Reflect.getMetadata(ACCESS_KEY, prototype[method]) ?? Reflect.getMetadata(ACCESS_KEY, prototype.constructor),
      );
    }
  }
  return rules;
}

export const ROOT_TYPE = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;
