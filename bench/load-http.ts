import autocannon from 'autocannon';
import type { Measurement } from './measure';
import { ACKNOWLEDGE_EXIT, OPEN_CASE, REQUEST_EXIT, VERIFY_IDENTITY, WRITE_MIX_NOTE, type BenchRequest, type BenchRole } from './scenarios';

/** How one server is reached: its GraphQL URL and the headers that make a role's viewer. */
export interface Target {
  url: string;
  headersFor(role: BenchRole): Record<string, string>;
}

type Step = autocannon.Request;

// What one connection's chain of the write mix carries from one step to the next.
const chain = (context: object) => context as { caseId?: string; exitId?: string };

const jsonRequest = (target: Target, role: BenchRole, query: string, variables: Record<string, unknown>): Step => ({
  method: 'POST',
  path: new URL(target.url).pathname,
  headers: { 'content-type': 'application/json', ...target.headersFor(role) },
  body: JSON.stringify({ query, variables }),
});

// Sent when an earlier step failed: the step fails too, and is counted, rather than being skipped.
const NO_ID = '00000000-0000-0000-0000-000000000000';

/** What the responses tell beyond autocannon's counts. */
interface Seen {
  graphqlErrors: number;
  lastAt: number;
}

// A 200 with `errors` is a failure too: autocannon only counts transport errors and non-2xx.
// The last answer's time ends the run: autocannon's own start/finish stop on a 1-second tick.
const see = (seen: Seen, status: number, body: string) => {
  seen.lastAt = performance.now();
  if (status === 200 && body.includes('"errors"')) seen.graphqlErrors += 1;
};

/** One read, `amount` times at `connections` at once, with autocannon. */
export async function loadRead(target: Target, request: BenchRequest, amount: number, connections: number): Promise<Measurement> {
  const counter: Seen = { graphqlErrors: 0, lastAt: 0 };
  const step: Step = {
    ...jsonRequest(target, request.role, request.query, request.variables),
    onResponse: (status, body) => see(counter, status, body),
  };
  return run(target, [step], amount, connections, counter);
}

/**
 * The write mix: each connection loops openCase → verifyIdentity → requestExit (agent) →
 * acknowledgeExit (operator), each step using the id an earlier one answered.
 */
export async function loadWriteMix(target: Target, passId: string, chains: number, connections: number): Promise<Measurement> {
  const counter: Seen = { graphqlErrors: 0, lastAt: 0 };
  const idOf = (body: string, field: string): string | undefined => {
    try {
      return (JSON.parse(body) as { data?: Record<string, { id?: string } | null> }).data?.[field]?.id;
    } catch {
      return undefined;
    }
  };
  const check = (status: number, body: string) => see(counter, status, body);
  const steps: Step[] = [
    {
      ...jsonRequest(target, 'agent', OPEN_CASE, {}),
      // incidentAt a minute ago, inside the pass's period (open-case.ts refuses the future).
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify({
          query: OPEN_CASE,
          variables: {
            input: { passId, kind: 'OPERATOR_OMISSION', incidentAt: new Date(Date.now() - 60_000).toISOString(), note: WRITE_MIX_NOTE },
          },
        }),
      }),
      onResponse: (status, body, context: object) => {
        check(status, body);
        chain(context).caseId = idOf(body, 'openCase');
      },
    },
    {
      ...jsonRequest(target, 'agent', VERIFY_IDENTITY, {}),
      setupRequest: (request, context: object) => ({
        ...request,
        body: JSON.stringify({ query: VERIFY_IDENTITY, variables: { caseId: chain(context).caseId ?? NO_ID } }),
      }),
      onResponse: check,
    },
    {
      ...jsonRequest(target, 'agent', REQUEST_EXIT, {}),
      setupRequest: (request, context: object) => ({
        ...request,
        body: JSON.stringify({ query: REQUEST_EXIT, variables: { caseId: chain(context).caseId ?? NO_ID } }),
      }),
      onResponse: (status, body, context: object) => {
        check(status, body);
        chain(context).exitId = idOf(body, 'requestExit');
      },
    },
    {
      ...jsonRequest(target, 'operator', ACKNOWLEDGE_EXIT, {}),
      setupRequest: (request, context: object) => ({
        ...request,
        body: JSON.stringify({ query: ACKNOWLEDGE_EXIT, variables: { id: chain(context).exitId ?? NO_ID } }),
      }),
      onResponse: check,
    },
  ];
  return run(target, steps, chains * steps.length, connections, counter);
}

async function run(target: Target, requests: Step[], amount: number, connections: number, counter: Seen): Promise<Measurement> {
  const origin = new URL(target.url).origin;
  const started = performance.now();
  const result = await autocannon({ url: origin, requests, amount, connections, timeout: 30 });
  const answered = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  return {
    requestsPerSecond: Math.round(((answered * 1000) / Math.max(counter.lastAt - started, 1)) * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + counter.graphqlErrors,
    requests: answered,
  };
}
