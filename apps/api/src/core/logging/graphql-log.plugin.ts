import type { ApolloServerPlugin } from '@apollo/server';
import type { IncomingMessage } from 'node:http';
import type { Actor } from '../auth/actor';

/** What a GraphQL request did, attached to the HTTP request so that its one log line (and metrics) can carry it. */
export interface GraphqlOutcome {
  /** The executed operation's name as written in the document; `anonymous` when it has none. */
  operation: string;
  type: 'query' | 'mutation' | 'subscription' | null;
  errorCodes: string[];
  durationMs: number;
}

type RequestWithOutcome = IncomingMessage & { graphql?: GraphqlOutcome; user?: Actor };

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

export function graphqlOutcome(req: IncomingMessage): GraphqlOutcome | undefined {
  return (req as RequestWithOutcome).graphql;
}

/** Ids only: which user or key, acting in which structure. */
export function actorIds(req: IncomingMessage): Record<string, string | null> | undefined {
  const actor = (req as RequestWithOutcome).user;
  if (!actor || typeof actor !== 'object' || !('kind' in actor)) return undefined;
  return actor.kind === 'apiKey'
    ? { apiKeyId: actor.apiKeyId, structureId: actor.structureId }
    : { userId: actor.userId, structureId: actor.structureId };
}

/**
 * Records the operation name, type, error codes and duration of each GraphQL request on `req.graphql`; never its
 * variables (search strings, passwords) nor its result.
 */
export function graphqlOutcomePlugin(onOutcome?: (outcome: GraphqlOutcome) => void): ApolloServerPlugin<{
  req?: IncomingMessage;
}> {
  return {
    async requestDidStart({ contextValue }) {
      const start = performance.now();
      const req = contextValue.req as RequestWithOutcome | undefined;
      const outcome: GraphqlOutcome = { operation: 'anonymous', type: null, errorCodes: [], durationMs: 0 };
      if (req) req.graphql = outcome;
      return {
        async didResolveOperation({ operation }) {
          const name = operation?.name?.value;
          outcome.operation = name && NAME.test(name) ? name : 'anonymous';
          outcome.type = operation?.operation ?? null;
        },
        async willSendResponse({ response, errors }) {
          // The formatted errors, as the client sees them (an unexpected error is INTERNAL_SERVER_ERROR there).
          const all = (response.body.kind === 'single' ? response.body.singleResult.errors : undefined) ?? errors ?? [];
          outcome.errorCodes = [
            ...new Set(all.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'))),
          ];
          outcome.durationMs = Math.round((performance.now() - start) * 10) / 10;
          onOutcome?.(outcome);
        },
      };
    },
  };
}
