import type { Database } from '@/db/client';
import { listenForChanges, type ChangeChannel, type ChangeListener } from '@/db/change-notices';
import { lotInScope } from '@/lib/policy/scope';
import type { Actor } from '../core/actor';
import { liveSessions } from './live-sessions';

/** What a page watches: its operator's request queues, or one case. */
export type Watch = { kind: 'lots' } | { kind: 'case'; caseId: string };

/** One open stream: whom it serves, what it watches, and how to tell it. */
export interface FeedSubscriber {
  actor: Actor;
  watch: Watch;
  /** The database session the stream was opened under; checked while the stream lasts. */
  sessionId: string | null;
  changed(): void;
  /** The stream must close: its session ended, or the instance stopped hearing the database. */
  ended(): void;
}

/** How often the open streams' sessions are checked, all in one statement: sign-out ends a stream within this. */
export const SESSION_CHECK_MS = 5_000;

/**
 * An app instance's one listener on the database's change notices, fanned out in-process to
 * the streams open on this instance, each hearing only what its watch and scope allow. The
 * listener starts with the first stream and stays. When it drops, every stream is ended (their
 * pages fall back to polling and come back once it listens again), since a stream that cannot
 * hear would look live and say nothing.
 */
export class ChangeFeed {
  private readonly subscribers = new Set<FeedSubscriber>();
  private listener: Promise<ChangeListener> | null = null;
  private listening = false;
  private sessionTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Database,
    private readonly sessionCheckMs = SESSION_CHECK_MS,
  ) {}

  /** Starts listening if need be; whether this instance hears the database now. */
  async ready(): Promise<boolean> {
    this.listener ??= listenForChanges(this.db, {
      notice: (channel, payload) => this.deliver(channel, payload),
      listening: (up) => this.setListening(up),
    });
    await this.listener;
    return this.listening;
  }

  /** Adds a stream; returns how to remove it. */
  subscribe(subscriber: FeedSubscriber): () => void {
    this.subscribers.add(subscriber);
    this.sessionTimer ??= setInterval(() => void this.checkSessions(), this.sessionCheckMs);
    return () => this.remove(subscriber);
  }

  /** How many streams are open here. */
  get size(): number {
    return this.subscribers.size;
  }

  /** Ends every stream open here; their pages poll, then open one on another instance. */
  endStreams(): void {
    for (const subscriber of [...this.subscribers]) this.end(subscriber);
  }

  /** Ends every stream and the listener (tests). */
  async close(): Promise<void> {
    this.endStreams();
    feeds.delete(this.db);
    const listener = this.listener;
    this.listener = null;
    this.listening = false;
    if (listener) await (await listener).close();
  }

  private remove(subscriber: FeedSubscriber): void {
    this.subscribers.delete(subscriber);
    if (this.subscribers.size === 0) {
      clearInterval(this.sessionTimer);
      this.sessionTimer = undefined;
    }
  }

  private end(subscriber: FeedSubscriber): void {
    this.remove(subscriber);
    subscriber.ended();
  }

  private setListening(up: boolean): void {
    this.listening = up;
    if (!up) for (const subscriber of [...this.subscribers]) this.end(subscriber);
  }

  private deliver(channel: ChangeChannel, payload: string): void {
    const hears = channel === 'cs_lot_changed' ? lotHearer(payload) : caseHearer(payload);
    for (const subscriber of this.subscribers) if (hears(subscriber)) subscriber.changed();
  }

  // One SELECT for every open stream's session; a failed check ends nothing (the next one decides).
  private async checkSessions(): Promise<void> {
    const ids = [...new Set([...this.subscribers].map((subscriber) => subscriber.sessionId).filter((id) => id !== null))];
    let live: Set<string>;
    try {
      live = await liveSessions(this.db, ids);
    } catch {
      return;
    }
    for (const subscriber of [...this.subscribers]) {
      if (subscriber.sessionId !== null && !live.has(subscriber.sessionId)) this.end(subscriber);
    }
  }
}

// "<lot id> <operator id>": a queue page hears the lots in its scope.
function lotHearer(payload: string) {
  const [, operatorId = ''] = payload.split(' ');
  return ({ watch, actor }: FeedSubscriber) => watch.kind === 'lots' && lotInScope(actor, { operatorId });
}

// "<case id>": a case page hears its own case.
function caseHearer(caseId: string) {
  return ({ watch }: FeedSubscriber) => watch.kind === 'case' && watch.caseId === caseId;
}

const feeds = new Map<Database, ChangeFeed>();

/** The feed of this database: one per database object, so one per app instance. */
export function changeFeedOf(db: Database): ChangeFeed {
  let feed = feeds.get(db);
  if (!feed) {
    feed = new ChangeFeed(db);
    feeds.set(db, feed);
  }
  return feed;
}

/**
 * Ends the open streams at a graceful stop: `next start` waits for the requests in flight,
 * and a stream would never finish by itself.
 */
export function endChangeStreams(): void {
  for (const feed of feeds.values()) feed.endStreams();
}
