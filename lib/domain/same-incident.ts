import { countsAsOmission, type CountableCase } from './coupon-eligibility';

/**
 * How long after a case was opened a new contact at the same lot is offered as the same
 * incident (domain.md, "Same incident"); a case still open is offered whatever its age.
 */
export const SAME_INCIDENT_WINDOW_HOURS = 24;

/** Why a case does or does not count as an omission, in the order the panel explains it. */
export const OMISSION_COUNT_REASONS = ['COUNTED', 'DUPLICATE', 'OTHER_KIND', 'NOT_VERIFIED'] as const;
export type OmissionCountReason = (typeof OMISSION_COUNT_REASONS)[number];

/**
 * countsAsOmission with its reason: a duplicate first (the agent's explicit call, naming the
 * original), then another VOC kind, then a caller never verified.
 */
export function omissionCountReason(c: CountableCase): OmissionCountReason {
  if (countsAsOmission(c)) return 'COUNTED';
  if (c.duplicateOfId !== null) return 'DUPLICATE';
  if (c.kind !== 'OPERATOR_OMISSION') return 'OTHER_KIND';
  return 'NOT_VERIFIED';
}

/** The part of an earlier case that decides whether a new contact may be about its incident. */
export interface EarlierContact {
  lotId: string;
  status: 'OPEN' | 'WAITING_ON_OPERATOR' | 'RESOLVED';
  createdAt: Date;
}

/** Whether an earlier case of the customer is offered as the incident of a new contact at a lot. */
export function isSameIncidentCandidate(earlier: EarlierContact, lotId: string, now: Date): boolean {
  if (earlier.lotId !== lotId) return false;
  if (earlier.status !== 'RESOLVED') return true;
  return now.getTime() - earlier.createdAt.getTime() <= SAME_INCIDENT_WINDOW_HOURS * 3_600_000;
}

/**
 * Whether linking (or unlinking) a case as a duplicate changes its month's omission count: only
 * then can a coupon of that month depend on it (domain.md: a link is undone only while no
 * coupon was issued on the strength of the count it changes).
 */
export function duplicateLinkChangesCount(c: Omit<CountableCase, 'duplicateOfId'>): boolean {
  return countsAsOmission({ ...c, duplicateOfId: null });
}
