import { sql, type SQL } from 'drizzle-orm';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { rowFromJson } from '@/db/json-row';
import {
  caseEvents,
  cases,
  customers,
  parkingLots,
  passes,
  paymentCancellations,
  policyVersions,
  refunds,
  responseTargets,
  users,
  type CaseRow,
  type UserRow,
} from '@/db/schema';
import { getCaseWith } from '@/lib/services/cases/get-case';
import type { CustomerMonth } from './case-loaders';
import { primeParties } from './case-parties-loader';
import type { GraphQLContext } from './context';
import { requestMeta } from './resolvers/viewer-of';

/** The Case fields that read the case's parties (caseParties). */
export const CASE_PARTY_FIELDS = [
  'customer',
  'pass',
  'lot',
  'agent',
  'lastActor',
  'consultationType',
  'smsPreview',
  'timeline',
  'exitRequests',
  'registrationRequests',
] as const;

/**
 * The parts of a case page the `case` field reads in the case's own statement (issue 18: one
 * round trip), each a jsonb expression over the CTE `found`, with the Case fields that need it.
 * The loaders are primed with the answer, so the fields resolve as before, by the same code.
 */
const PARTS = {
  parties: {
    fields: CASE_PARTY_FIELDS,
    sql: casePartiesJson(sql`found`),
  },
  duplicate: {
    fields: ['duplicateOf'],
    sql: sql`(SELECT jsonb_build_object('case', to_jsonb(d), 'lot', to_jsonb(dl))
      FROM found JOIN ${cases} d ON d.id = found.duplicate_of_id JOIN ${parkingLots} dl ON dl.id = d.lot_id)`,
  },
  policies: {
    fields: ['couponEligibility', 'policyTerms'],
    sql: sql`(SELECT COALESCE(jsonb_agg(to_jsonb(pv) ORDER BY pv.effective_from), '[]'::jsonb) FROM ${policyVersions} pv)`,
  },
  month: {
    fields: ['couponEligibility'],
    sql: sql`(SELECT jsonb_build_object(
        'casesOfMonth', COALESCE((SELECT jsonb_agg(jsonb_build_object('id', c.id, 'kind', c.kind, 'identityVerified', c.identity_verified,
            'duplicateOfId', c.duplicate_of_id, 'lotId', c.lot_id))
          FROM ${cases} c WHERE c.customer_id = found.customer_id AND c.incident_month = found.incident_month), '[]'::jsonb),
        'couponCaseIds', COALESCE((SELECT jsonb_agg(co.case_id) FROM coupons co
          WHERE co.customer_id = found.customer_id AND co.month = found.incident_month), '[]'::jsonb))
      FROM found)`,
  },
  // The people the timeline, refunds and cancellations name.
  people: {
    fields: ['timeline', 'refunds', 'onsitePayments'],
    sql: sql`(SELECT COALESCE(jsonb_agg(to_jsonb(u)), '[]'::jsonb) FROM ${users} u WHERE u.id IN (
        SELECT ${caseEvents.actorId} FROM ${caseEvents} WHERE ${caseEvents.caseId} = (SELECT id FROM found)
        UNION SELECT ${refunds.proposedById} FROM ${refunds} WHERE ${refunds.caseId} = (SELECT id FROM found)
        UNION SELECT ${refunds.decidedById} FROM ${refunds} WHERE ${refunds.caseId} = (SELECT id FROM found)
        UNION SELECT ${paymentCancellations.ownerId} FROM ${paymentCancellations} WHERE ${paymentCancellations.caseId} = (SELECT id FROM found)
        UNION SELECT ${paymentCancellations.resolvedById} FROM ${paymentCancellations} WHERE ${paymentCancellations.caseId} = (SELECT id FROM found)))`,
  },
  children: {
    fields: ['timeline', 'messages', 'exitRequests', 'registrationRequests', 'onsitePayments', 'coupons', 'refunds', 'firstResponseAt'],
    sql: null, // from the children loader (allOfCaseJson), which knows the kinds
  },
} as const;
type Part = keyof typeof PARTS;
type Json = Record<string, unknown>;

/** A case's parties and its lot's response targets as one jsonb object, for the case row `row` (a CTE's row). */
export function casePartiesJson(row: SQL): SQL {
  return sql`(SELECT jsonb_build_object('customer', to_jsonb(cu), 'pass', to_jsonb(pa), 'lot', to_jsonb(lo), 'agent', to_jsonb(ag),
      'lastActor', to_jsonb(la), 'targets', to_jsonb(rt))
    FROM ${customers} cu JOIN ${passes} pa ON pa.id = ${row}.pass_id JOIN ${parkingLots} lo ON lo.id = ${row}.lot_id
      JOIN ${users} ag ON ag.id = ${row}.agent_id LEFT JOIN ${users} la ON la.id = ${row}.last_actor_id
      LEFT JOIN ${responseTargets} rt ON rt.operator_id = lo.operator_id
    WHERE cu.id = ${row}.customer_id)`;
}

/** Primes caseParties and the by-id loaders with one case's casePartiesJson. */
export function primeCaseParties(ctx: GraphQLContext, caseId: string, json: unknown): void {
  const parties = json as Record<'customer' | 'pass' | 'lot' | 'agent' | 'lastActor' | 'targets', Json | null>;
  const decoded = {
    customer: rowFromJson(customers, parties.customer!),
    pass: rowFromJson(passes, parties.pass!),
    lot: rowFromJson(parkingLots, parties.lot!),
    agent: rowFromJson(users, parties.agent!),
    lastActor: parties.lastActor ? rowFromJson(users, parties.lastActor) : null,
  };
  ctx.loaders.caseParties.prime(caseId, decoded);
  primeParties(ctx.loaders, decoded, parties.targets ? rowFromJson(responseTargets, parties.targets) : null);
}

/** Whether any of `fields` is asked for anywhere under this field (a list's edges and nodes included). */
export function selects(info: GraphQLResolveInfo, fields: readonly string[]): boolean {
  const found = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) =>
      selection.kind === Kind.FIELD
        ? fields.includes(selection.name.value) || found(selection.selectionSet)
        : found(selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : info.fragments[selection.name.value]?.selectionSet),
    );
  return info.fieldNodes.some((node) => found(node.selectionSet));
}

/** The Case fields asked for directly under this field (fragments included). */
function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else walk(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  return names;
}

/**
 * The `case` field: the case in scope, its access-log entry and the parts its selection needs,
 * in one statement; the loaders are primed with the parts. Null when not found or not in scope.
 */
export async function loadCasePage(ctx: GraphQLContext, viewer: UserRow, info: GraphQLResolveInfo, id: string): Promise<CaseRow | null> {
  const selected = selectedFields(info);
  const wanted = (Object.keys(PARTS) as Part[]).filter((part) => PARTS[part].fields.some((field) => selected.has(field)));
  const extras = Object.fromEntries(
    wanted.map((part) => [part, PARTS[part].sql ?? ctx.loaders.allOfCaseJson(sql`(SELECT id FROM found)`)]),
  ) as Record<Part, SQL>;
  const page = await getCaseWith(ctx.db, viewer, requestMeta(ctx), id, extras);
  if (!page) return null;
  prime(ctx, page.row, page.extras);
  return page.row;
}

function prime(ctx: GraphQLContext, row: CaseRow, parts: Partial<Record<Part, unknown>>): void {
  const { loaders } = ctx;
  loaders.caseById.prime(row.id, row);
  if (parts.parties) primeCaseParties(ctx, row.id, parts.parties);
  const duplicate = parts.duplicate as { case: Json; lot: Json } | null | undefined;
  if (duplicate) {
    const original = rowFromJson(cases, duplicate.case);
    loaders.caseById.prime(original.id, original);
    loaders.lot.prime(original.lotId, rowFromJson(parkingLots, duplicate.lot));
  }
  if (parts.policies) {
    const versions = (parts.policies as Json[]).map((json) => rowFromJson(policyVersions, json));
    loaders.policyVersions.prime(
      'all',
      versions.map(({ effectiveFrom, couponAmount, repeatThreshold, couponsPerMonth }) => ({
        effectiveFrom,
        couponAmount,
        repeatThreshold,
        couponsPerMonth,
      })),
    );
  }
  if (parts.month) loaders.customerMonth.prime(`${row.customerId}|${row.incidentMonth}`, parts.month as CustomerMonth);
  for (const json of (parts.people as Json[] | undefined) ?? []) {
    const person = rowFromJson(users, json);
    loaders.user.prime(person.id, person);
  }
  if (parts.children) loaders.primeAllOfCase(row.id, parts.children as Parameters<typeof loaders.primeAllOfCase>[1]);
}
