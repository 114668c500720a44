import { z } from 'zod';
import { UNAVAILABLE_MESSAGE } from '@/graphql/errors';
import type { Watch } from '@/lib/services/live/change-feed';
import { watchChanges } from '@/lib/services/live/watch-changes';
import { ServiceError } from '@/lib/services/core/service-error';
import { errorJson, errorResponse } from '../_http/error-response';
import type { RouteContext } from '../_http/route-context';

/** An events request's context: the route's, and the session the stream is opened under. */
export type EventsContext = RouteContext & { sessionId: string | null };

/** A comment line now and then, so proxies and the browser see a live connection. */
export const HEARTBEAT_MS = 15_000;
// How long the browser waits before it opens a stream the server closed (e.g. the listener dropped).
const RECONNECT_MS = 3_000;

const STREAM_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'private, no-store, no-transform',
  Connection: 'keep-alive',
  // Nginx and its kind would otherwise hold the events back in a buffer.
  'X-Accel-Buffering': 'no',
};

const caseId = z.uuid();

/**
 * Server-Sent Events for a page that shows live data: `?case=<id>` for a case page, else the
 * viewer's lot queues. Each event is only `changed`, no data: the page reads again through
 * GraphQL, where authorization and the access log are. The stream ends when the viewer leaves,
 * the session ends (checked by the feed) or the instance stops hearing the database.
 */
export async function handleEvents(request: Request, context: EventsContext, heartbeatMs = HEARTBEAT_MS): Promise<Response> {
  const asked = new URL(request.url).searchParams.get('case');
  let watch: Watch = { kind: 'lots' };
  if (asked !== null) {
    const parsed = caseId.safeParse(asked);
    if (!parsed.success) return errorResponse(new ServiceError('BAD_USER_INPUT', 'inputBadId', 'case'));
    watch = { kind: 'case', caseId: parsed.data };
  }
  let feed;
  try {
    feed = await watchChanges(context.db, context.viewer, watch);
  } catch (error) {
    return errorResponse(error);
  }
  if (!feed || !context.viewer || request.signal.aborted) return errorJson(503, 'SERVICE_UNAVAILABLE', UNAVAILABLE_MESSAGE);
  const { viewer, sessionId } = context;
  const changeFeed = feed;

  const encoder = new TextEncoder();
  // `close`: false when the reader cancelled the stream, which is closed already then.
  let stop = (close = true) => void close;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (text: string) => open && controller.enqueue(encoder.encode(text));
      const unsubscribe = changeFeed.subscribe({
        actor: viewer,
        watch,
        sessionId,
        changed: () => send('event: changed\ndata: 1\n\n'),
        ended: () => stop(),
      });
      const heartbeat = setInterval(() => send(': ping\n\n'), heartbeatMs);
      const onAbort = () => stop();
      stop = (close = true) => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        request.signal.removeEventListener('abort', onAbort);
        if (close) controller.close();
      };
      request.signal.addEventListener('abort', onAbort);
      send(`retry: ${RECONNECT_MS}\n\n`);
    },
    cancel() {
      stop(false);
    },
  });
  return new Response(body, { headers: STREAM_HEADERS });
}
