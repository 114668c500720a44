import type { AppClient } from './http-client';

/** One openCase request of the load and what it answered. */
export interface Attempt {
  note: string;
  startedAt: number;
  endedAt: number;
  status: number;
  /** The error code (or network failure) of a failed request. */
  code?: string;
  /** The case the API answered with, when it answered success. */
  caseId?: string;
  caseCode?: string;
}

const OPEN_CASE = `mutation ($input: OpenCaseInput!) { openCase(input: $input) { id code } }`;

/**
 * Opens cases on one pass from `concurrency` workers until `durationMs` has passed. Each
 * request carries a unique note, so that its row can be found whatever it answered.
 */
export async function runLoad(
  client: AppClient,
  options: { passId: string; tag: string; concurrency: number; durationMs: number },
): Promise<Attempt[]> {
  const attempts: Attempt[] = [];
  const until = Date.now() + options.durationMs;
  let sequence = 0;
  const worker = async () => {
    while (Date.now() < until) {
      const note = `${options.tag} #${(sequence += 1)}`;
      const startedAt = Date.now();
      const incidentAt = new Date(startedAt - 60_000).toISOString();
      const answer = await client.graphql(OPEN_CASE, { input: { passId: options.passId, kind: 'OPERATOR_OMISSION', incidentAt, note } });
      const opened = answer.data?.openCase as { id: string; code: string } | undefined;
      attempts.push({
        note,
        startedAt,
        endedAt: Date.now(),
        status: answer.status,
        code: opened ? undefined : (answer.errors?.[0]?.extensions?.code ?? answer.networkError ?? 'UNKNOWN'),
        caseId: opened?.id,
        caseCode: opened?.code,
      });
      // A failed request is tried again after a pause, as a person would, not in a hot loop.
      if (!opened) await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return attempts;
}

/** Counts and latencies of a load. */
export function summarize(attempts: Attempt[]) {
  const ok = attempts.filter((a) => a.caseId);
  const failed = attempts.filter((a) => !a.caseId);
  const latencies = ok.map((a) => a.endedAt - a.startedAt).sort((x, y) => x - y);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  const failuresByAnswer: Record<string, number> = {};
  for (const a of failed) failuresByAnswer[`${a.status} ${a.code}`] = (failuresByAnswer[`${a.status} ${a.code}`] ?? 0) + 1;
  return {
    total: attempts.length,
    succeeded: ok.length,
    failed: failed.length,
    failuresByAnswer,
    firstFailureAt: failed.length ? Math.min(...failed.map((a) => a.endedAt)) : undefined,
    p50: at(0.5),
    p99: at(0.99),
    max: latencies.at(-1) ?? 0,
  };
}
