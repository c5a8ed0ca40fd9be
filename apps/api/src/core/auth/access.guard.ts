import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { CLOSED_SCOPE, RowScope, runUnscoped, setRequestRowScope } from '../database/row-scope';
import { ForbiddenError, UnauthenticatedError } from '../graphql/errors';
import { ACCESS_KEY, AccessRule } from './access.decorator';
import { Actor, can } from './actor';

/**
 * The rows an authenticated caller's statements may see: those of the structure it acts in. A platform administrator
 * works across structures (its reads are audited) and runs as the system.
 */
export function actorRowScope(actor: Actor): RowScope {
  if (actor.isPlatformAdmin) return { kind: 'system' };
  return actor.structureId ? { kind: 'structures', structureIds: [actor.structureId] } : CLOSED_SCOPE;
}

/**
 * Global guard: authenticates the caller (JWT or API key) and checks the access rule the operation declares.
 * An operation that declares none is refused, so forgetting a rule fails closed.
 */
@Injectable()
export class AccessGuard extends AuthGuard(['jwt', 'api-key']) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext().req
      : context.switchToHttp().getRequest();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ForbiddenError('Opération sans règle d’accès déclarée.');
    // A public operation keeps the request's closed row scope (a public link that needs rows opens it itself).
    if (rule.kind === 'public') return true;
    // Who the caller is (sessions, memberships, API keys) is read before any structure is known.
    await runUnscoped(() => super.canActivate(context) as Promise<boolean>);
    const actor = this.getRequest(context).user as Actor;
    setRequestRowScope(actorRowScope(actor));
    if (rule.kind === 'permissions') {
      if (!rule.permissions.every((permission) => can(actor, permission))) throw new ForbiddenError();
    }
    if (rule.kind === 'anyPermission') {
      const actor = this.getRequest(context).user as Actor;
      if (!rule.permissions.some((permission) => can(actor, permission))) throw new ForbiddenError();
    }
    return true;
  }

  override handleRequest<T>(error: unknown, actor: T): T {
    if (error) throw error;
    if (!actor) throw new UnauthenticatedError();
    return actor;
  }
}
