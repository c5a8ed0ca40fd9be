import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { runRequestScope } from './row-scope';

/**
 * Every HTTP request starts with a closed row scope: a statement it runs before the access guard names the actor's
 * structure (or on a path that forgot to) sees no row of a scoped table.
 */
@Injectable()
export class RowScopeMiddleware implements NestMiddleware {
  use(_request: Request, _response: Response, next: NextFunction): void {
    runRequestScope(() => next());
  }
}
