import type { ApolloServerPlugin } from '@apollo/server';
import { ERROR_CODES } from './errors';

/**
 * Answers HTTP 503 when an error of the response is SERVICE_UNAVAILABLE, so that a proxy, a
 * load balancer or a script sees "try again later" and not a 200 or a 500. formatError
 * cannot set the status (Apollo reads `extensions.http` before it runs); willSendResponse
 * sees the formatted errors of resolvers and of the request pipeline alike.
 */
export const unavailableStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
        if (errors?.some((error) => error.extensions?.code === ERROR_CODES.SERVICE_UNAVAILABLE)) response.http.status = 503;
      },
    };
  },
};
