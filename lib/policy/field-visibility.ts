import type { Role } from '@/db/schema';
import type { Actor } from '@/lib/services/core/actor';

/** How a field reaches a role: as stored, through its mask, or not at all (null). */
export type Visibility = 'raw' | 'masked' | 'hidden';

type FieldRow = Readonly<Record<Role, Visibility>>;

// domain.md, "Operators never receive free text written by others": lot staff get structured,
// masked facts (what was asked, for which plate, when), never the desk's words or its people.
const DESK_ONLY = { AGENT: 'raw', MANAGER: 'raw', OPERATOR: 'hidden' } as const satisfies FieldRow;
const MASKED_FOR_LOT = { AGENT: 'raw', MANAGER: 'raw', OPERATOR: 'masked' } as const satisfies FieldRow;

/**
 * Every field that carries personal data or staff's own words, and how each role receives it.
 * A field not named here is served as is. The GraphQL schema applies the table once, when it is
 * built (graphql/field-visibility.ts); the masks themselves are lib/domain's.
 */
const ROWS = {
  // Lot staff need to match a caller, not to know them.
  'Customer.name': MASKED_FOR_LOT,
  // What a customer was paid back is the desk's business, not the lot's.
  'Pass.refundableAmount': DESK_ONLY,
  'Case.note': DESK_ONLY,
  'Case.outcome': DESK_ONLY,
  // The agent's reason for asking again.
  'ExitRequest.reason': DESK_ONLY,
  // A refund's reasons, a cancellation's rejection reason and who handled it: staff wrote them for staff.
  'Refund.proposalReason': DESK_ONLY,
  'Refund.decisionReason': DESK_ONLY,
  'PaymentCancellation.rejectReason': DESK_ONLY,
  'PaymentCancellation.owner': DESK_ONLY,
  'PaymentCancellation.resolvedBy': DESK_ONLY,
  // The lot's own words come back to it masked: a phone or a name typed there is the customer's data all the same.
  'RegistrationRequest.rejectReason': MASKED_FOR_LOT,
  // A timeline entry reaches lot staff as a fact built from the case, not as its text.
  'CaseEvent.detail': MASKED_FOR_LOT,
  // ...and without our sentence's code: the fact above is all of it.
  'CaseEvent.reason': DESK_ONLY,
  // Lot staff read their own e-mail; everyone else's, masked.
  'User.email': MASKED_FOR_LOT,
} satisfies Record<string, FieldRow>;

/** A field with a visibility row, as "Type.field". */
export type VisibleField = keyof typeof ROWS;

/** The fields some role receives masked: each needs a mask where the table is applied. */
export type MaskedField = { [F in VisibleField]: 'masked' extends (typeof ROWS)[F][Role] ? F : never }[VisibleField];

/** The table, per field and role. */
export const FIELD_VISIBILITY: Readonly<Record<VisibleField, FieldRow>> = ROWS;

/** Whether the table names this field. */
export function hasVisibilityRow(field: string): field is VisibleField {
  return Object.hasOwn(FIELD_VISIBILITY, field);
}

/** How a field reaches this viewer; a stranger receives none of it. */
export function visibilityOf(field: VisibleField, viewer: Actor | null | undefined): Visibility {
  return viewer ? FIELD_VISIBILITY[field][viewer.role] : 'hidden';
}
