import { readdirSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { receiptAttachments, type Role, type UserRow } from '@/db/schema';
import { handleAccessLogExport } from '@/app/api/exports/handle-access-log-export';
import { handleCasesExport } from '@/app/api/exports/handle-cases-export';
import { handleReportExport } from '@/app/api/exports/handle-report-export';
import { handleDownload } from '@/app/api/receipts/handle-download';
import { handleUpload } from '@/app/api/receipts/handle-upload';
import { POLICY, type RouteAction } from '@/graphql/policy';
import { FileSystemReceiptStore } from '@/lib/storage/file-system-receipt-store';
import { JPEG_1X1 } from '../fixtures/receipt-samples';
import { makeSampleWorld, type SampleWorld } from '../fixtures/sample-world';
import { snapshotCounts } from '../fixtures/snapshot-counts';
import { createTestApi, openTestDatabase } from '../fixtures/test-api';

// Issue 7, item 1, for the route handlers outside GraphQL: every route file under app/api ×
// every kind of caller, expected from the policy table's Route.* rows.

const API_DIR = path.resolve(__dirname, '../../app/api');
// GraphQL has its own matrix; sign-in is for strangers by nature; the health probe reads no data.
const NOT_ROUTE_ACTIONS = ['graphql/route.ts', 'auth/[...nextauth]/route.ts', 'health/route.ts'];
const ROUTE_FILES = readdirSync(API_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => path.basename(file) === 'route.ts')
  .map((file) => file.split(path.sep).join('/'))
  .filter((file) => !NOT_ROUTE_ACTIONS.includes(file))
  .sort();

let handle: DatabaseHandle;
let s: SampleWorld;
let storeDir: string;
let store: FileSystemReceiptStore;
let receiptId: string;

interface RouteSample {
  action: RouteAction;
  call: (viewer: UserRow | null) => Promise<Response>;
}

const receiptDeps = (viewer: UserRow | null) => ({ db: handle.db, store, viewer, clientAddress: '127.0.0.1' });
function jpegUpload(): Request {
  const form = new FormData();
  form.set('onsitePaymentId', s.target.paymentId);
  form.set('file', new File([JPEG_1X1 as Uint8Array<ArrayBuffer>], 'receipt.jpg', { type: 'image/jpeg' }));
  // Same origin, as the case page's upload: a cross-site one is refused before the policy is asked.
  return new Request('http://localhost/api/receipts', {
    method: 'POST',
    body: form,
    headers: { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' },
  });
}

/** A call of each route file, keyed by its path under app/api; a new route needs a row here. */
const ROUTES: Record<string, RouteSample> = {
  'receipts/route.ts': { action: 'Route.uploadReceipt', call: (viewer) => handleUpload(jpegUpload(), receiptDeps(viewer)) },
  'receipts/[id]/route.ts': { action: 'Route.viewReceipt', call: (viewer) => handleDownload(receiptId, receiptDeps(viewer)) },
  'exports/cases.csv/route.ts': {
    action: 'Route.exportCsv',
    call: (viewer) =>
      handleCasesExport(new Request(`http://localhost/api/exports/cases.csv?month=2026-04&customerId=${s.w.customer.id}`), {
        db: handle.db,
        viewer,
      }),
  },
  'exports/access-log.csv/route.ts': {
    action: 'Route.exportAccessLog',
    call: (viewer) =>
      handleAccessLogExport(new Request(`http://localhost/api/exports/access-log.csv?actorId=${s.w.agent.id}`), { db: handle.db, viewer }),
  },
  'exports/repeat-omissions.csv/route.ts': {
    action: 'Route.exportCsv',
    call: (viewer) =>
      handleReportExport(new Request('http://localhost/api/exports/repeat-omissions.csv?month=2026-04'), 'lots.csv', {
        db: handle.db,
        viewer,
      }),
  },
  // The table that names customers stands for all of the report route's tables.
  'exports/report/[file]/route.ts': {
    action: 'Route.exportCsv',
    call: (viewer) =>
      handleReportExport(new Request('http://localhost/api/exports/report/repeat-customers.csv?month=2026-04'), 'repeat-customers.csv', {
        db: handle.db,
        viewer,
      }),
  },
};

beforeAll(async () => {
  handle = await openTestDatabase();
  s = await makeSampleWorld(createTestApi(handle), handle.db);
  storeDir = await mkdtemp(path.join(tmpdir(), 'policy-matrix-'));
  store = new FileSystemReceiptStore(path.join(storeDir, 'receipts'));
  // A receipt whose bytes really are in the store, so a permitted download answers 200.
  const uploaded = await handleUpload(jpegUpload(), receiptDeps(s.w.agent));
  receiptId = ((await uploaded.json()) as { receipt: { id: string } }).receipt.id;
});
afterAll(async () => {
  await handle.close();
  await rm(storeDir, { recursive: true, force: true });
});

const ACTORS = ['anonymous', 'agent', 'manager', 'operator of another operator', 'operator of the lot'] as const;
type Actor = (typeof ACTORS)[number];
const ROLE_OF: Record<Exclude<Actor, 'anonymous'>, Role> = {
  agent: 'AGENT',
  manager: 'MANAGER',
  'operator of another operator': 'OPERATOR',
  'operator of the lot': 'OPERATOR',
};

function expectedOf(action: RouteAction, actor: Actor): 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' {
  const rule = POLICY[action];
  if ('anyone' in rule) return 'allowed';
  if (actor === 'anonymous') return 'UNAUTHENTICATED';
  return rule.roles.includes(ROLE_OF[actor]) ? 'allowed' : 'FORBIDDEN';
}

function viewerOf(actor: Actor): UserRow | null {
  const viewers: Record<Actor, UserRow | null> = {
    anonymous: null,
    agent: s.w.agent,
    manager: s.w.manager,
    'operator of another operator': s.w.operatorUserB,
    'operator of the lot': s.w.operatorUserA,
  };
  return viewers[actor];
}

/** What a refused call must leave as it was: receipts, stored files, the world's rows and access log. */
async function footprint() {
  const [rows] = await handle.db.select({ n: count() }).from(receiptAttachments);
  return { receipts: rows?.n, files: (await readdir(store.dir).catch(() => [])).length, world: await snapshotCounts(handle.db, s.scope) };
}

describe('policy matrix: route handler × caller', () => {
  it('every route file under app/api has a row in ROUTES, and every Route.* policy row a route', () => {
    expect(ROUTE_FILES.filter((file) => !ROUTES[file]).map((file) => `add a route sample for app/api/${file}`)).toEqual([]);
    const actions = Object.keys(POLICY).filter((key) => key.startsWith('Route.'));
    expect(actions.filter((action) => !Object.values(ROUTES).some((route) => route.action === action))).toEqual([]);
  });

  const CELLS = ROUTE_FILES.filter((file) => ROUTES[file]).flatMap((file) => ACTORS.map((actor) => [file, actor] as const));

  it.each(CELLS)('app/api/%s as %s', async (file, actor) => {
    const route = ROUTES[file]!;
    const expected = expectedOf(route.action, actor);
    const before = await footprint();
    const response = await route.call(viewerOf(actor));
    const body = await response.text();
    const why = `${file} (${route.action}) as ${actor}, expected ${expected}: ${response.status} ${body.slice(0, 300)}`;

    expect(response.status, why).not.toBe(500);
    if (expected === 'allowed') {
      expect([401, 403], why).not.toContain(response.status);
      expect(response.status, why).toBeLessThan(300);
      return;
    }
    // Refused: a JSON error and nothing else; a signed-in caller who may not see receipts
    // gets the unknown id's 404 by design (handle-download.ts), so none is revealed.
    const status = expected === 'UNAUTHENTICATED' ? [401] : route.action === 'Route.viewReceipt' ? [404] : [403];
    expect(status, why).toContain(response.status);
    expect(response.headers.get('content-type'), why).toMatch(/^application\/json/);
    expect(Object.keys(JSON.parse(body) as object), why).toEqual(['error']);
    expect(
      s.lotTraces.filter((trace) => body.includes(trace)),
      why,
    ).toEqual([]);
    expect(await footprint(), why).toEqual(before);
  });
});
