import DataLoader from 'dataloader';
import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '@/db/client';
import {
  cases,
  customers,
  parkingLots,
  passes,
  responseTargets,
  users,
  type CustomerRow,
  type ParkingLotRow,
  type PassRow,
  type UserRow,
} from '@/db/schema';

type ResponseTargetsRow = typeof responseTargets.$inferSelect;
import { anyOf } from './any-of';
import { DEFAULT_RESPONSE_TARGETS, type ResponseTargets } from '@/lib/domain/response-targets';

/** What a case row points to: its customer, pass, lot, agent and last actor. */
export interface CaseParties {
  customer: CustomerRow;
  pass: PassRow;
  lot: ParkingLotRow;
  agent: UserRow;
  lastActor: UserRow | null;
}

/** The by-id loaders this one fills as it goes, so later look-ups of the same rows cost nothing. */
export interface Primed {
  customer: DataLoader<string, CustomerRow>;
  pass: DataLoader<string, PassRow>;
  lot: DataLoader<string, ParkingLotRow>;
  user: DataLoader<string, UserRow>;
  responseTargets: DataLoader<string, ResponseTargets>;
}

const lastActors = alias(users, 'last_actor');

/**
 * The parties of a batch of cases in ONE joined statement by case id: a list row shows the
 * customer, pass, lot and agent, and four by-id loaders asked in the same tick were four
 * statements. The lot's operator's response targets come along (the requests' `overdue`).
 */
export function createCasePartiesLoader(db: Database, primed: Primed) {
  return new DataLoader<string, CaseParties>(async (caseIds) => {
    const rows = await db
      .select({
        caseId: cases.id,
        customer: customers,
        pass: passes,
        lot: parkingLots,
        agent: users,
        lastActor: lastActors,
        targets: responseTargets,
      })
      .from(cases)
      .innerJoin(customers, eq(customers.id, cases.customerId))
      .innerJoin(passes, eq(passes.id, cases.passId))
      .innerJoin(parkingLots, eq(parkingLots.id, cases.lotId))
      .innerJoin(users, eq(users.id, cases.agentId))
      .leftJoin(lastActors, eq(lastActors.id, cases.lastActorId))
      .leftJoin(responseTargets, eq(responseTargets.operatorId, parkingLots.operatorId))
      .where(anyOf(cases.id, caseIds));
    const byCase = new Map<string, CaseParties>();
    for (const { caseId, targets, ...parties } of rows) {
      byCase.set(caseId, parties);
      primeParties(primed, parties, targets);
    }
    // Ids come from case rows already read: a missing one is a broken invariant.
    return caseIds.map((id) => byCase.get(id) ?? new Error('cases row missing for its parties'));
  });
}

/** Primes the by-id loaders with a case's parties, and its lot's operator's response targets (absent: the defaults). */
export function primeParties(primed: Primed, parties: CaseParties, targets: ResponseTargetsRow | null): void {
  primed.customer.prime(parties.customer.id, parties.customer);
  primed.pass.prime(parties.pass.id, parties.pass);
  primed.lot.prime(parties.lot.id, parties.lot);
  primed.user.prime(parties.agent.id, parties.agent);
  if (parties.lastActor) primed.user.prime(parties.lastActor.id, parties.lastActor);
  // As loadResponseTargets answers: the operator's own row, else the defaults.
  primed.responseTargets.prime(
    parties.lot.operatorId,
    targets
      ? { exitAckMinutes: targets.exitAckMinutes, registrationConfirmMinutes: targets.registrationConfirmMinutes }
      : DEFAULT_RESPONSE_TARGETS,
  );
}
