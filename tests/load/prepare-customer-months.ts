import { kstMonthOf, previousMonth } from '@/lib/domain/kst-month';
import { runPool, type PortalSession } from './portal-client';

/** The customers made for the run and the cases that may each earn their month's coupon. */
export interface CustomerMonths {
  month: string;
  customerIds: string[];
  passIds: string[];
  /** Per customer, its 2nd and 3rd counted omission of the month: both eligible until one gets the coupon. */
  eligibleCaseIds: string[];
}

async function must<T>(answer: Promise<{ code: string; data: T | null }>, what: string): Promise<T> {
  const { code, data } = await answer;
  if (code !== 'OK' || !data) throw new Error(`${what}: ${code}`);
  return data;
}

/**
 * `count` fresh customers, each with a pass for last KST month (so no incident is in the
 * future) and three verified OPERATOR_OMISSION cases in that month: the 1st counts, the 2nd
 * and 3rd are both eligible, so two cases of one customer race for the one coupon.
 */
export async function prepareCustomerMonths(manager: PortalSession, agents: PortalSession[], count: number): Promise<CustomerMonths> {
  const month = previousMonth(kstMonthOf(new Date()));
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  const { lots } = await must(manager.graphql<{ lots: { id: string }[] }>('{ lots { id } }'), 'lots');
  const lotId = lots[0]?.id;
  if (!lotId) throw new Error('the demo data has no lot');
  const tag = String(Date.now()).slice(-4);

  const made = await runPool(count, 10, async (i) => {
    const { createCustomer } = await must(
      manager.graphql<{ createCustomer: { id: string } }>('mutation ($i: CustomerInput!) { createCustomer(input: $i) { id } }', {
        i: { name: `부하${i}`, phone: `010-7${tag.slice(0, 3)}-${1000 + i}`, accountRef: `load-${tag}-${i}` },
      }),
      'createCustomer',
    );
    const { createPass } = await must(
      manager.graphql<{ createPass: { id: string } }>('mutation ($i: PassInput!) { createPass(input: $i) { id } }', {
        i: {
          customerId: createCustomer.id,
          lotId,
          plate: `${100 + i}라${tag}`,
          startsOn: `${month}-01`,
          endsOn: `${month}-${lastDay}`,
          amountPaid: 150000,
          availableDays: lastDay,
        },
      }),
      'createPass',
    );
    const agent = agents[i % agents.length]!;
    const caseIds: string[] = [];
    for (const day of ['03', '10', '17']) {
      const { openCase } = await must(
        agent.graphql<{ openCase: { id: string } }>('mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }', {
          input: { passId: createPass.id, kind: 'OPERATOR_OMISSION', incidentAt: `${month}-${day}T10:00:00+09:00` },
        }),
        'openCase',
      );
      await must(agent.graphql('mutation ($id: ID!) { verifyIdentity(caseId: $id) { id } }', { id: openCase.id }), 'verifyIdentity');
      caseIds.push(openCase.id);
    }
    return { customerId: createCustomer.id, passId: createPass.id, eligible: caseIds.slice(1) };
  });

  const eligibleCaseIds = made.flatMap((m) => m.eligible);
  const checks = await runPool(eligibleCaseIds.length, 10, (i) =>
    must(
      agents[0]!.graphql<{ case: { couponEligibility: { eligible: boolean } } }>(
        'query ($id: ID!) { case(id: $id) { couponEligibility { eligible } } }',
        { id: eligibleCaseIds[i] },
      ),
      'case',
    ),
  );
  if (checks.some((c) => !c.case.couponEligibility.eligible)) throw new Error('a prepared case is not eligible for the coupon');
  return { month, customerIds: made.map((m) => m.customerId), passIds: made.map((m) => m.passId), eligibleCaseIds };
}
