import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { checkPolicy, policyProblemMessage, type PolicyField, type PolicyValues } from '@/app/_components/manager/policy-fields';
import { MESSAGES } from '@/lib/i18n/messages';

// The manager's new policy version: what the form refuses before a round trip, and how it says so.

const TODAY = '2026-04-10';
const ko = createTranslator({ locale: 'ko', messages: MESSAGES.ko, namespace: 'policy.form.error' });
const en = createTranslator({ locale: 'en', messages: MESSAGES.en, namespace: 'policy.form.error' });
const complete: PolicyValues = { effectiveFrom: TODAY, couponAmount: '5000', repeatThreshold: '2', couponsPerMonth: '1', note: '  상향  ' };

function messagesOf(values: Partial<PolicyValues>, t = ko) {
  const checked = checkPolicy({ ...complete, ...values }, TODAY);
  if ('input' in checked) return {};
  return Object.fromEntries(
    Object.entries(checked.problems).map(([field, problem]) => [field, policyProblemMessage(t, field as PolicyField, problem, TODAY)]),
  );
}

describe('policy form: a version from today on, with whole numbers the API accepts', () => {
  it('a complete version is sent with its note trimmed, and an empty note as none', () => {
    expect(checkPolicy(complete, TODAY)).toEqual({
      input: { effectiveFrom: TODAY, couponAmount: 5000, repeatThreshold: 2, couponsPerMonth: 1, note: '상향' },
    });
    expect(checkPolicy({ ...complete, note: ' ' }, TODAY)).toMatchObject({ input: { note: null } });
  });

  it.each([
    ['no date', { effectiveFrom: '' }, { effectiveFrom: '시행일을 골라 주세요.' }],
    ['yesterday', { effectiveFrom: '2026-04-09' }, { effectiveFrom: '시행일은 오늘(2026-04-10) 이후여야 합니다.' }],
    ['a coupon in fractions', { couponAmount: '2500.5' }, { couponAmount: '0 이상의 원 단위 정수로 입력해 주세요.' }],
    ['a negative coupon', { couponAmount: '-100' }, { couponAmount: '0 이상의 원 단위 정수로 입력해 주세요.' }],
    ['a threshold of 0', { repeatThreshold: '0' }, { repeatThreshold: '1~31 사이의 정수로 입력해 주세요.' }],
    ['a monthly limit over 31', { couponsPerMonth: '32' }, { couponsPerMonth: '0~31 사이의 정수로 입력해 주세요.' }],
    [
      'nothing but a date',
      { couponAmount: '', repeatThreshold: '', couponsPerMonth: '' },
      {
        couponAmount: '0 이상의 원 단위 정수로 입력해 주세요.',
        repeatThreshold: '1~31 사이의 정수로 입력해 주세요.',
        couponsPerMonth: '0~31 사이의 정수로 입력해 주세요.',
      },
    ],
  ])('%s', (_what, values, expected) => {
    expect(messagesOf(values)).toEqual(expected);
  });

  it('a limit of 0 coupons a month is a policy (no coupons), not a mistake', () => {
    expect(checkPolicy({ ...complete, couponsPerMonth: '0' }, TODAY)).toMatchObject({ input: { couponsPerMonth: 0 } });
  });

  it('says the same in English', () => {
    expect(messagesOf({ effectiveFrom: '2026-04-01', repeatThreshold: '40' }, en)).toEqual({
      effectiveFrom: 'The effective date must be today (2026-04-10) or later.',
      repeatThreshold: 'Enter a whole number from 1 to 31.',
    });
  });
});
