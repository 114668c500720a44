import { describe, expect, it } from 'vitest';
import { undoRefusal, UNDO_OFFER_SECONDS, UNDO_WINDOW_SECONDS, type UndoFacts } from '@/lib/domain/acknowledgement-undo';

const acknowledgedAt = new Date('2026-04-09T00:00:00Z');
const base: UndoFacts = {
  status: 'ACKNOWLEDGED',
  acknowledgedAt,
  acknowledgedByOperatorId: 'op-a',
  actorOperatorId: 'op-a',
  actedOnSince: false,
  now: acknowledgedAt,
};
const after = (seconds: number) => new Date(acknowledgedAt.getTime() + seconds * 1000);

describe('undo of an acknowledgement', () => {
  it.each([
    ['at once, by the same company', {}, null],
    [`${UNDO_WINDOW_SECONDS} s later (the window's last moment)`, { now: after(UNDO_WINDOW_SECONDS) }, null],
    [`${UNDO_WINDOW_SECONDS} s and 1 ms later`, { now: new Date(after(UNDO_WINDOW_SECONDS).getTime() + 1) }, 'WINDOW_PASSED'],
    ['by another operator company', { actorOperatorId: 'op-b' }, 'OTHER_COMPANY'],
    ['after the agent or a job acted on it', { actedOnSince: true, now: after(1) }, 'ACTED_ON'],
    ['a request never acknowledged', { status: 'REQUESTED', acknowledgedAt: null }, 'NOT_ACKNOWLEDGED'],
    ['a registration already confirmed', { status: 'CONFIRMED' }, 'ALREADY_DECIDED'],
    ['a registration already rejected', { status: 'REJECTED' }, 'ALREADY_DECIDED'],
  ] as const)('%s → %s', (_name, change, expected) => {
    expect(undoRefusal({ ...base, ...change })).toBe(expected);
  });

  it('the server honours every undo the page offers: its window is longer than the offer', () => {
    expect(UNDO_WINDOW_SECONDS).toBeGreaterThan(UNDO_OFFER_SECONDS);
  });
});
