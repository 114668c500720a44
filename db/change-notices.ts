import type { Pool, PoolConfig } from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import type { Database } from './client';

/**
 * The channels the triggers of migration 0018 notify at COMMIT: a lot's requests changed
 * ("<lot id> <operator id>"), a case's activity moved ("<case id>").
 */
export const CHANGE_CHANNELS = ['cs_lot_changed', 'cs_case_changed'] as const;
export type ChangeChannel = (typeof CHANGE_CHANNELS)[number];

/** What a listener reports: each notice, and whether it can hear at all right now. */
export interface ChangeNoticeHandlers {
  notice(channel: ChangeChannel, payload: string): void;
  /** Called with false when the listening connection drops, and with true once it listens again. */
  listening(up: boolean): void;
}

/** One listening connection; `close` ends it for good. */
export interface ChangeListener {
  close(): Promise<void>;
}

// Backoff after a dropped connection: 250 ms doubling to 10 s, with jitter so that many app
// instances coming back after a database restart do not all knock at once.
const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 10_000;
const LISTENER_NAME = 'cs-portal-listen';

/**
 * Listens on CHANGE_CHANNELS over one connection of its own, beside the database's pool: a
 * dedicated node-postgres client (LISTEN holds its session), reconnecting with backoff when it
 * drops; on PGlite (the demo), the embedded database's own `listen`, which never drops.
 */
export async function listenForChanges(db: Database, handlers: ChangeNoticeHandlers): Promise<ChangeListener> {
  const client = clientOf(db);
  if (isPglite(client)) return listenOnPglite(client, handlers);
  return listenOnPostgres((client as Pool).options, handlers);
}

// drizzle keeps its driver as $client; a replica-routing wrapper keeps the primary as $primary.
function clientOf(db: Database): unknown {
  const routed = db as unknown as { $primary?: { $client: unknown }; $client: unknown };
  return (routed.$primary ?? routed).$client;
}

function isPglite(client: unknown): client is PGlite {
  return typeof (client as { listen?: unknown }).listen === 'function';
}

async function listenOnPglite(client: PGlite, handlers: ChangeNoticeHandlers): Promise<ChangeListener> {
  const stops = await Promise.all(CHANGE_CHANNELS.map((channel) => client.listen(channel, (payload) => handlers.notice(channel, payload))));
  handlers.listening(true);
  return { close: async () => void (await Promise.all(stops.map((stop) => stop()))) };
}

async function listenOnPostgres(options: PoolConfig, handlers: ChangeNoticeHandlers): Promise<ChangeListener> {
  const { Client } = await import('pg');
  let closed = false;
  let current: InstanceType<typeof Client> | null = null;
  let retryMs = FIRST_RETRY_MS;
  let timer: NodeJS.Timeout | undefined;

  const connect = async () => {
    // keepAlive: a connection lost without a goodbye (a cable, a failover) is noticed too. The
    // listener says what it is in pg_stat_activity, unless the URL names the application.
    const named = /[?&]application_name=/.test(options.connectionString ?? '');
    const client = new Client({ ...options, keepAlive: true, ...(named ? {} : { application_name: LISTENER_NAME }) });
    current = client;
    let dropped = false;
    const drop = () => {
      if (dropped) return;
      dropped = true;
      current = null;
      client.removeAllListeners('notification');
      void client.end().catch(() => undefined);
      handlers.listening(false);
      if (!closed) timer = setTimeout(() => void connect(), retryMs * (0.5 + Math.random() / 2));
      retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
    };
    client.on('error', drop);
    client.on('end', drop);
    client.on('notification', (message) => {
      const channel = CHANGE_CHANNELS.find((name) => name === message.channel);
      if (channel) handlers.notice(channel, message.payload ?? '');
    });
    try {
      await client.connect();
      for (const channel of CHANGE_CHANNELS) await client.query(`LISTEN ${channel}`);
    } catch {
      drop();
      return;
    }
    if (closed) return void client.end().catch(() => undefined);
    retryMs = FIRST_RETRY_MS;
    handlers.listening(true);
  };

  await connect();
  return {
    close: async () => {
      closed = true;
      clearTimeout(timer);
      const client = current;
      current = null;
      if (client) {
        client.removeAllListeners();
        client.on('error', () => undefined);
        await client.end().catch(() => undefined);
      }
    },
  };
}
