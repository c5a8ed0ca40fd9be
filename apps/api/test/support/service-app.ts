import { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { OperatorType, Role, ROLE_PERMISSIONS, StructureKind } from '@passerelle/domain';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { Actor } from '../../src/core/auth/actor';
import { DomainError } from '../../src/core/graphql/errors';
import { Structure } from '../../src/core/tenancy/structures/structure.entity';
import { Membership, User } from '../../src/core/tenancy/users/user.entity';
import { createTestDatabase, dropTestDatabase } from './test-app';

/**
 * Services on their own (in the spirit of immich's medium tests): the real modules on a freshly migrated PostgreSQL,
 * without HTTP, seed, workers or crons. Tests call services directly, with actors they build, on data they create.
 */
export class ServiceApp {
  private constructor(
    readonly context: INestApplicationContext,
    readonly dataSource: DataSource,
    private readonly databaseName: string,
  ) {}

  static async start(): Promise<ServiceApp> {
    const { databaseName, env } = await createTestDatabase({ JOBS_ENABLED: 'false' });
    const context = await NestFactory.createApplicationContext(AppModule.forRoot(env), { logger: false });
    return new ServiceApp(context, context.get(DataSource), databaseName);
  }

  get<T>(type: Type<T>): T {
    return this.context.get(type, { strict: false });
  }

  async close(): Promise<void> {
    await this.context.close();
    await dropTestDatabase(this.databaseName);
  }

  /** A structure with a valid, unique SIRET (Luhn key). */
  async structure(kind = StructureKind.OPERATOR, name = `Structure ${randomBytes(3).toString('hex')}`) {
    return this.dataSource.getRepository(Structure).save({
      kind,
      operatorType: kind === StructureKind.OPERATOR ? OperatorType.MISSION_LOCALE : null,
      name,
      siret: uniqueSiret(),
      addressLine: '1 rue de la Gare',
      postalCode: '80000',
      city: 'Amiens',
      territory: 'Amiens Métropole',
    });
  }

  /** A member of `structureId` holding `role`, and the actor they are when they act there. */
  async member(structureId: string, role: Role): Promise<{ user: User; actor: Actor }> {
    const user = await this.dataSource.getRepository(User).save({
      email: `${randomBytes(4).toString('hex')}@service.test`,
      fullName: `Personne ${role}`,
      passwordHash: 'not-used',
    });
    await this.dataSource.getRepository(Membership).save({ userId: user.id, structureId, role });
    const actor: Actor = {
      kind: 'user',
      userId: user.id,
      apiKeyId: null,
      sessionId: null,
      structureId,
      role,
      permissions: new Set(ROLE_PERMISSIONS[role]),
      isPlatformAdmin: role === Role.PLATFORM_ADMIN,
      memberStructureIds: [structureId],
    };
    return { user, actor };
  }
}

/** The error code a service call fails with (`extensions.code`), or 'resolved' when it succeeds. */
export const errorCodeOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => 'resolved',
    (error: DomainError) => error.extensions.code,
  );

let siretCounter = Number.parseInt(randomBytes(3).toString('hex'), 16);

/** 13 digits and a Luhn check digit. */
function uniqueSiret(): string {
  const body = String(100_000_000_000 + (siretCounter++ % 900_000_000_000))
    .padStart(13, '1')
    .slice(0, 13);
  for (let key = 0; key <= 9; key++) {
    const candidate = body + key;
    const sum = [...candidate].reverse().reduce((total, char, i) => {
      const digit = Number(char) * (i % 2 ? 2 : 1);
      return total + (digit > 9 ? digit - 9 : digit);
    }, 0);
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}
