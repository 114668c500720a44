import { CASE_EVENT_TYPES, type CaseEventType } from './case-events';

/**
 * Timeline entries lot staff may see as a fact (what was asked, for which plate), never in
 * anyone's words: the requests to their lot and what happened to them. The rest of a case's
 * timeline is desk work; an operator sees its kind and time, without detail.
 */
const REQUEST_EVENTS: ReadonlySet<string> = new Set<CaseEventType>([
  'EXIT_REQUESTED',
  'EXIT_ACKNOWLEDGED',
  'EXIT_ACKNOWLEDGEMENT_UNDONE',
  'REGISTRATION_REQUESTED',
  'REGISTRATION_ACKNOWLEDGED',
  'REGISTRATION_ACKNOWLEDGEMENT_UNDONE',
  'REGISTRATION_CONFIRMED',
  'REGISTRATION_REJECTED',
  'REQUEST_ESCALATED',
]);

/** "출차 요청 · 12가3456" for a request event, null for any other: built from facts, not text. */
export function operatorEventFact(type: string, plate: string): string | null {
  if (!REQUEST_EVENTS.has(type)) return null;
  return `${CASE_EVENT_TYPES[type as CaseEventType]} · ${plate}`;
}

/** "k***": a staff member's e-mail as lot staff see it (display names are theirs; addresses are not). */
export function maskEmail(email: string): string {
  return `${[...email][0] ?? ''}***`;
}
