/** How many of everything a bench of `cases` cases has; only customers and passes grow with it. */
export interface Scale {
  cases: number;
  customers: number;
  /** Customers 0..repeaters-1 call again and again; every other customer calls exactly once. */
  repeaters: number;
  lots: number;
  operators: number;
  agents: number;
  staffPerOperator: number;
  managers: number;
  /** KST months of history, the last one ending at `until`. */
  months: number;
}

/** The proportions: 0.3 customers (one pass each) per case, 2,000 lots, 100 operators, 200 agents. */
export function scaleFor(cases: number): Scale {
  const customers = Math.round(cases * 0.3);
  return {
    cases,
    customers,
    // A fifth of the customers make three quarters of the calls; four fifths call once.
    repeaters: Math.round(customers * 0.2),
    lots: 2_000,
    operators: 100,
    agents: 200,
    staffPerOperator: 3,
    managers: 5,
    months: 36,
  };
}
