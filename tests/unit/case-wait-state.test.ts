import { describe, expect, it } from 'vitest';
import { exitCheckDone, handledExit, lotAnswers, waitingExit, waitingOnLot, type WaitFacts } from '@/app/_components/case/wait-state';
import { CALL_BUTTON_GUIDANCE } from '@/lib/domain/guidance-details';

// Issue 15, item 6: step ② as the agent's page shows it, and what the lot did between two polls.

const AT = '2026-04-03T09:00:00.000Z';
const exit = (status: string, id = 'e1', acknowledgedAt: string | null = status === 'REQUESTED' ? null : '2026-04-03T09:02:40.000Z') => ({
  id,
  status,
  requestedAt: AT,
  acknowledgedAt,
});
const registration = (status: string, id = 'r1', rejectReason: string | null = null) => ({ id, status, requestedAt: AT, rejectReason });
const kase = (over: Partial<WaitFacts> = {}): WaitFacts => ({
  status: 'OPEN',
  exitRequests: [],
  registrationRequests: [],
  timeline: [],
  ...over,
});
const CALL_BUTTON = [{ type: 'EXIT_CALL_GUIDED', detail: CALL_BUTTON_GUIDANCE }];

describe('step ② is done only when the customer is out and the registration answered', () => {
  it.each([
    ['nothing yet', kase(), false],
    ['registration asked only (the old rule said done)', kase({ registrationRequests: [registration('REQUESTED')] }), false],
    [
      'exit waiting, registration confirmed',
      kase({ exitRequests: [exit('REQUESTED')], registrationRequests: [registration('CONFIRMED')] }),
      false,
    ],
    [
      'exit handled, registration acknowledged only',
      kase({ exitRequests: [exit('ACKNOWLEDGED')], registrationRequests: [registration('ACKNOWLEDGED')] }),
      false,
    ],
    [
      'exit handled, registration confirmed',
      kase({ exitRequests: [exit('ACKNOWLEDGED')], registrationRequests: [registration('CONFIRMED')] }),
      true,
    ],
    [
      'exit handled, registration rejected',
      kase({ exitRequests: [exit('ACKNOWLEDGED')], registrationRequests: [registration('REJECTED')] }),
      true,
    ],
    ['call button, registration confirmed', kase({ timeline: CALL_BUTTON, registrationRequests: [registration('CONFIRMED')] }), true],
    ['call button, no registration', kase({ timeline: CALL_BUTTON }), false],
    [
      'handled once, asked again and waiting',
      kase({ exitRequests: [exit('ACKNOWLEDGED'), exit('REQUESTED', 'e2')], registrationRequests: [registration('CONFIRMED')] }),
      false,
    ],
    [
      'rejected, asked again and not yet answered',
      kase({ exitRequests: [exit('ACKNOWLEDGED')], registrationRequests: [registration('REJECTED'), registration('REQUESTED', 'r2')] }),
      false,
    ],
  ] as const)('%s → %s', (_name, facts, done) => {
    expect(exitCheckDone(facts)).toBe(done);
  });
});

describe('the wait', () => {
  it('a waiting exit is not handled; a handled one is, until another waits', () => {
    expect(waitingExit(kase({ exitRequests: [exit('REQUESTED')] }))?.id).toBe('e1');
    expect(handledExit(kase({ exitRequests: [exit('REQUESTED')] }))).toBeNull();
    expect(handledExit(kase({ exitRequests: [exit('ACKNOWLEDGED')] }))?.id).toBe('e1');
    expect(handledExit(kase({ exitRequests: [exit('ACKNOWLEDGED'), exit('REQUESTED', 'e2')] }))).toBeNull();
  });

  it.each([
    ['an exit waits', kase({ exitRequests: [exit('REQUESTED')] }), true],
    ['a registration is acknowledged, not answered', kase({ registrationRequests: [registration('ACKNOWLEDGED')] }), true],
    ['all answered', kase({ exitRequests: [exit('ACKNOWLEDGED')], registrationRequests: [registration('CONFIRMED')] }), false],
    ['resolved with a request open', kase({ status: 'RESOLVED', exitRequests: [exit('REQUESTED')] }), false],
  ] as const)('the page polls the lot when %s: %s', (_name, facts, polls) => {
    expect(waitingOnLot(facts)).toBe(polls);
  });
});

describe('what the lot did between two copies of the case', () => {
  it('an exit handled, with how long it took (2분 40초)', () => {
    expect(lotAnswers(kase({ exitRequests: [exit('REQUESTED')] }), kase({ exitRequests: [exit('ACKNOWLEDGED')] }))).toEqual([
      { kind: 'exitHandled', seconds: 160 },
    ]);
  });

  it('an acknowledgement undone, a registration rejected with its reason', () => {
    const before = kase({ exitRequests: [exit('ACKNOWLEDGED')], registrationRequests: [registration('ACKNOWLEDGED')] });
    const after = kase({ exitRequests: [exit('REQUESTED')], registrationRequests: [registration('REJECTED', 'r1', '번호 불일치')] });
    expect(lotAnswers(before, after)).toEqual([{ kind: 'exitReopened' }, { kind: 'registrationRejected', reason: '번호 불일치' }]);
  });

  it('nothing for a request the agent just made, or one that did not change', () => {
    expect(lotAnswers(kase(), kase({ exitRequests: [exit('REQUESTED')] }))).toEqual([]);
    expect(lotAnswers(kase({ exitRequests: [exit('ACKNOWLEDGED')] }), kase({ exitRequests: [exit('ACKNOWLEDGED')] }))).toEqual([]);
  });
});
