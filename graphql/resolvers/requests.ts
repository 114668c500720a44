import { STAFF_REASON_MAX } from '@/lib/domain/staff-reason';
import { requestExit } from '@/lib/services/requests/request-exit';
import { requestRegistration } from '@/lib/services/requests/request-registration';
import type { Resolvers } from '../generated/resolvers-types';
import { caseStepArgs, fields, parseArgs } from '../validate';
import { caseOf, lotOf, passOf } from './references';
import { creatingRequestMeta, requireViewer } from './viewer-of';

const requestExitArgs = caseStepArgs.extend({ reason: fields.reason(STAFF_REASON_MAX).nullish() });

/** Exit and registration requests: the agent's side (the operator's side comes with its issue). */
export const requestResolvers: Resolvers = {
  Mutation: {
    requestExit: (_parent, args, ctx) =>
      requestExit(ctx.db, requireViewer(ctx), creatingRequestMeta(ctx), parseArgs(requestExitArgs, args)),
    requestRegistration: (_parent, args, ctx) => {
      const { caseId, expectedVersion } = parseArgs(caseStepArgs, args);
      return requestRegistration(ctx.db, requireViewer(ctx), creatingRequestMeta(ctx), caseId, expectedVersion);
    },
  },
  ExitRequest: {
    case: caseOf,
    lot: lotOf,
  },
  RegistrationRequest: {
    case: caseOf,
    pass: passOf,
    lot: lotOf,
  },
};
