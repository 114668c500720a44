import { normalizePhone } from '../../lib/domain/phone';
import { normalizePlate } from '../../lib/domain/plate';
import { DEMO_ACCOUNTS } from './accounts';
import { addMinutes, daysInMonth, demoMonths, kstInstant } from './calendar';
import { DEMO_LOTS, DEMO_OPERATORS } from './master-data';
import { GIVEN_NAMES, PLATE_REGIONS, PLATE_SYLLABLES, SURNAMES } from './names';
import type { Random } from './prng';
import type { New, People, PlannedCustomer, PlannedLot } from './types';

// 7 customers per lot: enough for repeat offenders without every customer calling.
const CUSTOMER_COUNT = 56;
const DAY_MINUTES = 24 * 60;
const MIN_PASS_PRICE = 90_000;

/** Plans the companies, staff, lots, customers and monthly passes of the demo. */
export function planPeople(random: Random, now: Date, passwordHash: string): People {
  const months = demoMonths(now);
  const foundedAt = addMinutes(kstInstant(months[0] as string, 1, 9), -400 * DAY_MINUTES);

  const operators = DEMO_OPERATORS.map((name, i) => ({
    id: random.uuid(),
    name,
    createdAt: addMinutes(foundedAt, i * DAY_MINUTES),
  }));
  const operatorId = (name: string): string => {
    const found = operators.find((operator) => operator.name === name);
    if (!found) throw new Error(`unknown demo operator ${name}`);
    return found.id;
  };

  const users = DEMO_ACCOUNTS.map((account, i) => ({
    id: random.uuid(),
    name: account.name,
    email: account.email,
    passwordHash,
    role: account.role,
    operatorId: account.operatorName ? operatorId(account.operatorName) : null,
    createdAt: addMinutes(foundedAt, (30 + i) * DAY_MINUTES),
  }));
  const userId = (email: string): string => requireValue(users.find((user) => user.email === email)?.id ?? null, email);
  // The first OPERATOR account of a company answers its lots' requests in the demo.
  const operatorUserId = (operator: string): string =>
    requireValue(users.find((user) => user.operatorId === operatorId(operator))?.id ?? null, operator);

  const lots: PlannedLot[] = DEMO_LOTS.map((spec, i) => ({
    spec,
    operatorUserId: operatorUserId(spec.operator),
    row: {
      id: random.uuid(),
      name: spec.name,
      address: spec.address,
      operatorId: operatorId(spec.operator),
      integration: spec.integration,
      hasExitCallButton: spec.hasExitCallButton,
      phone: requireValue(normalizePhone(spec.phone), spec.phone),
      createdAt: addMinutes(foundedAt, (60 + i * 7) * DAY_MINUTES),
    },
  }));

  const names = new Set<string>();
  const phones = new Set<string>();
  const plates = new Set<string>();
  const customers: PlannedCustomer[] = [];
  for (let i = 0; i < CUSTOMER_COUNT; i++) {
    const lot = lots[i % lots.length] as PlannedLot;
    const name = unique(names, () => random.pick(SURNAMES) + random.pick(GIVEN_NAMES));
    const phone = unique(phones, () => `010${random.int(2, 9)}${String(random.int(0, 9_999_999)).padStart(7, '0')}`);
    const plate = unique(plates, () => makePlate(random));
    // Most have held the pass since before the demo starts; a few signed up later.
    const firstMonth = random.weighted([0, 1, 2], (k) => [0.8, 0.12, 0.08][k] ?? 0);
    const customer: PlannedCustomer = {
      lot,
      plate,
      passes: new Map(),
      row: { id: random.uuid(), name, phone, accountRef: `kakao-${100_001 + i}`, createdAt: new Date(0) },
    };
    // Some pay a little less (a long-standing customer's discount); never below the demo's floor.
    const price = Math.max(MIN_PASS_PRICE, lot.spec.monthlyPrice - (random.chance(0.2) ? 10_000 : 0));
    for (const month of months.slice(firstMonth)) {
      customer.passes.set(month, planPass(random, customer, month, price, month === months[3]));
    }
    const firstPurchase = [...customer.passes.values()][0]?.createdAt ?? now;
    customer.row.createdAt = addMinutes(firstPurchase, -random.int(3, 600) * DAY_MINUTES);
    customers.push(customer);
  }

  return { operators, users, lots, customers, agentId: userId('agent@demo.test'), managerId: userId('manager@demo.test') };
}

function planPass(random: Random, customer: PlannedCustomer, month: string, price: number, current: boolean): New<'passes'> {
  const days = daysInMonth(month);
  const bought = kstInstant(month, 1, 0);
  return {
    id: random.uuid(),
    customerId: customer.row.id,
    lotId: customer.lot.row.id,
    plate: customer.plate,
    startsOn: `${month}-01`,
    endsOn: `${month}-${String(days).padStart(2, '0')}`,
    amountPaid: price,
    availableDays: days,
    status: 'ACTIVE',
    // Linked lots sync by themselves; a manual lot still has a few plates waiting this month.
    // Past months were all sorted out; open cases below clear the flag on their own passes.
    registered: !current || customer.lot.spec.integration === 'LINKED' || random.chance(0.85),
    // Bought in the last ten days of the month before.
    createdAt: addMinutes(bought, -random.int(1, 10) * DAY_MINUTES + random.int(9 * 60, 22 * 60)),
  };
}

function makePlate(random: Random): string {
  const syllable = random.pick(PLATE_SYLLABLES);
  const serial = random.int(1000, 9999);
  const style = random.weighted(['short', 'long', 'regional'] as const, (s) => ({ short: 5, long: 4, regional: 1 })[s]);
  const raw =
    style === 'long'
      ? `${random.int(100, 399)}${syllable}${serial}`
      : `${style === 'regional' ? random.pick(PLATE_REGIONS) : ''}${random.int(11, 69)}${syllable}${serial}`;
  return requireValue(normalizePlate(raw), raw);
}

function unique(seen: Set<string>, make: () => string): string {
  for (;;) {
    const value = make();
    if (!seen.has(value)) {
      seen.add(value);
      return value;
    }
  }
}

function requireValue(value: string | null, input: string): string {
  if (value === null) throw new Error(`demo data is not valid or missing: ${input}`);
  return value;
}
