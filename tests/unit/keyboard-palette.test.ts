import { describe, expect, it } from 'vitest';
import { caseSearchTerms } from '@/app/_components/keyboard/case-search-terms';
import { actionsToDo, nextTarget, type FlowFacts } from '@/app/_components/keyboard/next-action';
import { commandMatches } from '@/app/_components/keyboard/palette-commands';

// Issue 9, item 3: what the palette searches for as the agent types, and what "the next
// action" of a case is.

describe('the palette: what typing searches', () => {
  it.each([
    ['a whole code', 'VOC-260401-000007', { code: 'VOC-260401-000007', plate: null, phoneLast4: null }],
    ['a code in lower case', 'voc-260401-000007', { code: 'VOC-260401-000007', plate: null, phoneLast4: null }],
    ['the beginning of a code', 'VOC-2604', { code: 'VOC-2604', plate: null, phoneLast4: null }],
    ['a code without VOC and hyphens', '260401000007', { code: 'VOC-260401-000007', plate: null, phoneLast4: null }],
    ['a code without VOC', '260401-000007', { code: 'VOC-260401-000007', plate: null, phoneLast4: null }],
    ['six digits: a code’s date, or the end of a plate', '260401', { code: 'VOC-260401', plate: '260401', phoneLast4: null }],
    ['four digits: the phone’s last four, or the end of a plate', '5678', { code: null, plate: '5678', phoneLast4: '5678' }],
    ['a whole plate', '12가3456', { code: null, plate: '12가3456', phoneLast4: null }],
    ['a regional plate with spaces', '서울 12가 3456', { code: null, plate: '서울12가3456', phoneLast4: null }],
    ['part of a plate', '가34', { code: null, plate: '가34', phoneLast4: null }],
  ])('%s: “%s”', (_what, typed, terms) => {
    expect(caseSearchTerms(typed)).toEqual(terms);
  });

  it.each([
    ['nothing', ''],
    ['one character', '1'],
    ['a command name in Korean', '새 상담'],
    ['a command name in English', 'new case'],
    ['a Hangul syllable being composed', '새ㅅ'],
  ])('searches no case for %s (nothing sent, nothing logged)', (_what, typed) => {
    expect(caseSearchTerms(typed)).toBeNull();
  });

  it.each([
    ['새 상담', '새 상담 시작', true],
    ['새상담', '새 상담 시작', true],
    ['halfway through a syllable: 새 사 (상 not finished)', '새 상담 시작', true],
    ['NEW case', 'Start a new case', true],
    ['접근', '접근 기록', true],
    ['환불', '새 상담 시작', false],
  ])('commands: %s → %s is %s', (typed, label, expected) => {
    const query = typed.startsWith('halfway') ? '새 사' : typed;
    expect(commandMatches({ label }, query)).toBe(expected);
  });
});

const fresh: FlowFacts = {
  status: 'OPEN',
  identityVerified: true,
  lot: { hasExitCallButton: false },
  timeline: [],
  exitRequests: [],
  registrationRequests: [],
  onsitePayments: [],
  couponEligibility: { eligible: false },
  coupons: [],
};
const withFacts = (over: Partial<FlowFacts>): FlowFacts => ({ ...fresh, ...over });

describe('the next action of a case', () => {
  it.each([
    ['a closed case has none', withFacts({ status: 'RESOLVED' }), []],
    ['an unverified caller: only verifying', withFacts({ identityVerified: false }), ['verify-identity']],
    [
      'verified, lot without a call button: the exit request, then registration',
      fresh,
      ['request-exit', 'request-registration', 'resolve-case'],
    ],
    [
      'a lot with a call button: guide the customer to it',
      withFacts({ lot: { hasExitCallButton: true } }),
      ['guide-call-button', 'request-registration', 'resolve-case'],
    ],
    [
      'guided to the call button already',
      withFacts({ lot: { hasExitCallButton: true }, timeline: [{ type: 'GUIDANCE_GIVEN', scriptStep: 'EXIT_CHECK' }] }),
      ['request-registration', 'resolve-case'],
    ],
    [
      'exit requested and registration asked for: closing',
      withFacts({ exitRequests: [{}], registrationRequests: [{ status: 'REQUESTED' }] }),
      ['resolve-case'],
    ],
    [
      'a rejected registration is asked for again',
      withFacts({ exitRequests: [{}], registrationRequests: [{ status: 'REJECTED' }] }),
      ['request-registration', 'resolve-case'],
    ],
    [
      'an on-site payment without its receipt',
      withFacts({
        exitRequests: [{}],
        registrationRequests: [{ status: 'REQUESTED' }],
        onsitePayments: [{ hasReceipt: false, cancellationRequested: false }],
      }),
      ['attach-receipt', 'resolve-case'],
    ],
    [
      'a receipt attached, the cancellation not sent',
      withFacts({
        exitRequests: [{}],
        registrationRequests: [{ status: 'REQUESTED' }],
        onsitePayments: [{ hasReceipt: true, cancellationRequested: false }],
      }),
      ['request-payment-cancellation', 'resolve-case'],
    ],
    [
      'eligible for the coupon (the server says so), not issued yet',
      withFacts({ exitRequests: [{}], registrationRequests: [{ status: 'CONFIRMED' }], couponEligibility: { eligible: true } }),
      ['issue-coupon', 'resolve-case'],
    ],
    [
      'the coupon already issued',
      withFacts({
        exitRequests: [{}],
        registrationRequests: [{ status: 'CONFIRMED' }],
        couponEligibility: { eligible: true },
        coupons: [{}],
      }),
      ['resolve-case'],
    ],
  ] as const)('%s', (_what, kase, todo) => {
    expect(actionsToDo(kase)).toEqual(todo);
  });

  it('"." goes to the first, then on to the one after, and round again', () => {
    const targets = ['exit', 'registration', 'resolve'];
    expect(nextTarget(targets, null)).toBe('exit');
    expect(nextTarget(targets, 'exit')).toBe('registration');
    expect(nextTarget(targets, 'resolve')).toBe('exit');
    expect(nextTarget([], null)).toBeNull();
  });
});
