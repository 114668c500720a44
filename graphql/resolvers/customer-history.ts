import { z } from 'zod';
import { isSameIncidentCandidate } from '@/lib/domain/same-incident';
import { STAFF_REASON_MAX } from '@/lib/domain/staff-reason';
import { getCustomerHistory } from '@/lib/services/cases/customer-history';
import { recordRepeatContact } from '@/lib/services/cases/record-repeat-contact';
import { unlinkDuplicate } from '@/lib/services/cases/unlink-duplicate';
import type { Resolvers } from '../generated/resolvers-types';
import { REPEAT_CONTACT_NOTE_MAX } from '@/lib/domain/case-text-limits';
import { caseStepArgs, fields, parseArgs } from '../validate';
import { requestMeta, requireViewer } from './viewer-of';

const unlinkArgs = caseStepArgs.extend({ reason: fields.reason(STAFF_REASON_MAX) });
const repeatContactArgs = caseStepArgs.extend({ note: fields.text(REPEAT_CONTACT_NOTE_MAX).nullish() });

/** The customer panel and the "same incident" corrections (issue 15, items 1 and 2). */
export const customerHistoryResolvers: Resolvers = {
  Query: {
    customerHistory: (_parent, args, ctx) =>
      getCustomerHistory(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(z.object({ customerId: fields.id }), args).customerId),
  },
  CustomerHistory: {
    // From the cases already read: no statement of its own.
    sameIncident: (history, args) => {
      const { lotId, excludeCaseId } = parseArgs(z.object({ lotId: fields.id, excludeCaseId: fields.id.nullish() }), args);
      return history.cases.filter((c) => c.id !== excludeCaseId && isSameIncidentCandidate(c, lotId, history.now));
    },
  },
  Mutation: {
    unlinkDuplicate: (_parent, args, ctx) => unlinkDuplicate(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(unlinkArgs, args)),
    recordRepeatContact: (_parent, args, ctx) =>
      recordRepeatContact(ctx.db, requireViewer(ctx), requestMeta(ctx), parseArgs(repeatContactArgs, args)),
  },
};
