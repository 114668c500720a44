import { CALL_BUTTON_GUIDANCE } from '@/lib/domain/guidance-details';

// Pure rules of step ② as the agent's page shows it: is the customer still waiting on the lot,
// was the exit handled, is the registration answered, and what did the lot just do. No React.

interface Request {
  id: string;
  status: string;
  requestedAt: string;
  acknowledgedAt?: string | null;
  resolvedAt?: string | null;
  rejectReason?: string | null;
}

/** What of a case these rules read (the workspace's query has all of it). */
export interface WaitFacts {
  status: string;
  exitRequests: readonly Request[];
  registrationRequests: readonly Request[];
  timeline: readonly { type: string; detail?: string | null }[];
}

/** The exit request the customer is waiting on now (at most one waits at a time). */
export function waitingExit<F extends WaitFacts>(kase: F): F['exitRequests'][number] | null {
  return kase.exitRequests.find((request) => request.status === 'REQUESTED') ?? null;
}

/** The last exit the lot handled, while no other waits: the car is out (or on its way). */
export function handledExit<F extends WaitFacts>(kase: F): F['exitRequests'][number] | null {
  if (waitingExit(kase)) return null;
  return kase.exitRequests.findLast((request) => request.status === 'ACKNOWLEDGED') ?? null;
}

/** The customer was asked to press the exit's call button (the guide's other path). */
export function callButtonGuided(kase: WaitFacts): boolean {
  return kase.timeline.some(
    (event) => event.type === 'EXIT_CALL_GUIDED' || (event.type === 'GUIDANCE_GIVEN' && event.detail === CALL_BUTTON_GUIDANCE),
  );
}

/** The latest registration request got the lot's answer (registered, or rejected with a reason). */
export function registrationAnswered(kase: WaitFacts): boolean {
  const latest = kase.registrationRequests.at(-1);
  return latest?.status === 'CONFIRMED' || latest?.status === 'REJECTED';
}

/**
 * Step ② is done when the customer is out (the lot handled the exit, or they were sent to the
 * call button, with no exit request still waiting) and the lot answered the registration request.
 */
export function exitCheckDone(kase: WaitFacts): boolean {
  const out = !waitingExit(kase) && (handledExit(kase) !== null || callButtonGuided(kase));
  return out && registrationAnswered(kase);
}

/** Something waits on the lot: the page then asks the server twice a second. */
export function waitingOnLot(kase: WaitFacts): boolean {
  if (kase.status === 'RESOLVED') return false;
  return (
    waitingExit(kase) !== null ||
    kase.registrationRequests.some((request) => request.status === 'REQUESTED' || request.status === 'ACKNOWLEDGED')
  );
}

/** Whole seconds between two instants, never negative. */
export function secondsBetween(from: string, toMs: number): number {
  const start = Date.parse(from);
  return Number.isNaN(start) ? 0 : Math.max(0, Math.floor((toMs - start) / 1000));
}

/** A step the lot took between two copies of the case, for a toast. */
export type LotAnswer =
  | { kind: 'exitHandled'; seconds: number }
  | { kind: 'exitReopened' }
  | { kind: 'registrationAcknowledged' }
  | { kind: 'registrationConfirmed' }
  | { kind: 'registrationRejected'; reason: string };

/** What the lot did between the copy seen before and this one (requests already on the page only). */
export function lotAnswers(before: WaitFacts, after: WaitFacts): LotAnswer[] {
  const answers: LotAnswer[] = [];
  const exitsBefore = new Map(before.exitRequests.map((request) => [request.id, request.status]));
  for (const exit of after.exitRequests) {
    const was = exitsBefore.get(exit.id);
    if (was === 'REQUESTED' && exit.status === 'ACKNOWLEDGED') {
      answers.push({
        kind: 'exitHandled',
        seconds: exit.acknowledgedAt ? secondsBetween(exit.requestedAt, Date.parse(exit.acknowledgedAt)) : 0,
      });
    }
    if (was === 'ACKNOWLEDGED' && exit.status === 'REQUESTED') answers.push({ kind: 'exitReopened' });
  }
  const registrationsBefore = new Map(before.registrationRequests.map((request) => [request.id, request.status]));
  for (const registration of after.registrationRequests) {
    const was = registrationsBefore.get(registration.id);
    if (was === undefined || was === registration.status) continue;
    if (registration.status === 'ACKNOWLEDGED') answers.push({ kind: 'registrationAcknowledged' });
    if (registration.status === 'CONFIRMED') answers.push({ kind: 'registrationConfirmed' });
    if (registration.status === 'REJECTED') answers.push({ kind: 'registrationRejected', reason: registration.rejectReason ?? '' });
  }
  return answers;
}
