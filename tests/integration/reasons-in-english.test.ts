import { describe, expect, it } from 'vitest';
import { handleReportExport } from '@/app/api/exports/handle-report-export';
import type { UserRow } from '@/db/schema';
import { openCaseVia, openVerifiedCase } from '../fixtures/case-api';
import { useIntegrationWorld } from '../fixtures/integration';
import { graphql } from '../generated';

// Issue 17: a refusal is a catalog reason with its values, worded in the viewer's language. A
// Korean viewer reads the very sentence the API always gave; an English one reads English; both
// get the code and values in extensions.reason. One case per group that was Korean-only: the
// pure domain rules, the edge's input validation, the role table and the REST routes.

const { handle, api, world } = await useIntegrationWorld();
const inEnglish = (viewer: UserRow): UserRow => ({ ...viewer, locale: 'en' });

const COUPON_ELIGIBILITY = graphql(`
  query ReasonsCouponEligibility($id: ID!) {
    case(id: $id) {
      id
      couponEligibility {
        eligible
        reason
      }
    }
  }
`);
const ISSUE_COUPON = graphql(`
  mutation ReasonsIssueCoupon($id: ID!) {
    issueCompensationCoupon(caseId: $id) {
      id
    }
  }
`);
const REFUND_QUOTE = graphql(`
  query ReasonsRefundQuote($pass: ID!, $usedDays: Int!) {
    refundQuote(passId: $pass, usedDays: $usedDays) {
      refund
    }
  }
`);
const CREATE_OPERATOR = graphql(`
  mutation ReasonsCreateOperator($input: OperatorInput!) {
    createOperator(input: $input) {
      id
    }
  }
`);
const CREATE_USER = graphql(`
  mutation ReasonsCreateUser($input: UserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);
const ADD_POLICY_VERSION = graphql(`
  mutation ReasonsAddPolicyVersion($input: PolicyVersionInput!) {
    addPolicyVersion(input: $input) {
      id
    }
  }
`);

describe('a domain rule’s refusal in the viewer’s language', () => {
  it('coupon eligibility: the reason before the identity check is English for an English agent, Korean as before for a Korean one', async () => {
    const opened = await openCaseVia(api, world.agent, world.pass.id, '2026-04-03T08:10:00+09:00');
    const english = await api.run(COUPON_ELIGIBILITY, { id: opened.id }, inEnglish(world.agent));
    expect(english.data?.case?.couponEligibility).toEqual({
      eligible: false,
      reason: 'Compensation cannot be offered before the identity check.',
    });
    const korean = await api.run(COUPON_ELIGIBILITY, { id: opened.id }, world.agent);
    expect(korean.data?.case?.couponEligibility.reason).toBe('본인 확인 전에는 보상을 안내할 수 없습니다.');
  });

  it('issueCompensationCoupon on an equipment fault: POLICY_DENIED, the rule’s sentence in English and its code', async () => {
    const opened = await openVerifiedCase(api, world.agent, world.pass.id, '2026-04-04T08:10:00+09:00', 'EQUIPMENT_FAULT');
    const english = await api.run(ISSUE_COUPON, { id: opened.id }, inEnglish(world.agent));
    expect(english.errors?.[0]).toMatchObject({
      message: 'Equipment faults and LPR misreads are not compensated. After caring for the customer, close the case as a camera misread.',
      extensions: { code: 'POLICY_DENIED', reason: { code: 'couponEquipmentFault', params: {} } },
    });
    const korean = await api.run(ISSUE_COUPON, { id: opened.id }, world.agent);
    expect(korean.errors?.[0]?.message).toBe('설비 이슈·LPR 오인식 건은 보상 대상이 아닙니다. 케어 후 카메라 오인식으로 종결해 주세요.');
  });

  it('refundQuote past the pass’s days: BAD_USER_INPUT naming usedDays, with the limit, in English', async () => {
    const english = await api.run(REFUND_QUOTE, { pass: world.pass.id, usedDays: 31 }, inEnglish(world.agent));
    expect(english.errors?.[0]).toMatchObject({
      message: 'usedDays: The days used must be between 0 and 30.',
      extensions: { code: 'BAD_USER_INPUT', field: 'usedDays', reason: { code: 'refundUsedDaysRange', params: { availableDays: 30 } } },
    });
    const korean = await api.run(REFUND_QUOTE, { pass: world.pass.id, usedDays: 31 }, world.agent);
    expect(korean.errors?.[0]?.message).toBe('usedDays: 실제 이용일은 0일에서 30일 사이여야 합니다.');
  });
});

describe('input validation in the viewer’s language', () => {
  it('a blank operator name: the field first, then why, in English; the same bytes as before in Korean', async () => {
    const english = await api.run(CREATE_OPERATOR, { input: { name: '   ' } }, inEnglish(world.manager));
    expect(english.errors?.[0]).toMatchObject({
      message: 'input.name: Cannot be empty.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.name', reason: { code: 'inputRequired', params: {} } },
    });
    const korean = await api.run(CREATE_OPERATOR, { input: { name: '   ' } }, world.manager);
    expect(korean.errors?.[0]?.message).toBe('input.name: 비어 있을 수 없습니다.');
  });

  it('a hidden character names its kind, code point and place in English', async () => {
    const english = await api.run(CREATE_OPERATOR, { input: { name: '가나\u202e파킹' } }, inEnglish(world.manager));
    expect(english.errors?.[0]).toMatchObject({
      message: 'input.name: A character that changes the text direction (U+202E) cannot be entered (character 3).',
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: { code: 'hiddenCharacter', params: { kind: 'direction', codePoint: 'U+202E', position: 3 } },
      },
    });
    const korean = await api.run(CREATE_OPERATOR, { input: { name: '가나\u202e파킹' } }, world.manager);
    expect(korean.errors?.[0]?.message).toBe('input.name: 글자 방향을 바꾸는 문자(U+202E)는 입력할 수 없습니다 (3번째 글자).');
  });

  it('a common password is refused on input.password with the rule’s code, which the page reads', async () => {
    const input = { name: '새 상담사', email: `new-${Date.now()}@example.com`, password: 'Password1234!', role: 'AGENT' as const };
    const english = await api.run(CREATE_USER, { input }, inEnglish(world.manager));
    expect(english.errors?.[0]).toMatchObject({
      message: 'input.password: A common or breached password (or a variant of one) cannot be used.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.password', reason: { code: 'passwordCommon' } },
    });
  });

  it('a policy setting out of range names the setting and its limit in English', async () => {
    const input = { effectiveFrom: '2099-01-01', couponAmount: 3000, repeatThreshold: 0, couponsPerMonth: 1 };
    const english = await api.run(ADD_POLICY_VERSION, { input }, inEnglish(world.manager));
    expect(english.errors?.[0]).toMatchObject({
      message: 'input.repeatThreshold: The repeat threshold must be at least 1.',
      extensions: { code: 'BAD_USER_INPUT', reason: { code: 'countMin', params: { what: 'repeatThreshold', min: 1 } } },
    });
    const korean = await api.run(ADD_POLICY_VERSION, { input }, world.manager);
    expect(korean.errors?.[0]?.message).toBe('input.repeatThreshold: 반복 기준은(는) 1 이상이어야 합니다.');
  });
});

describe('the role table’s refusal in the viewer’s language', () => {
  it('an agent adding a policy version: FORBIDDEN, in English with its code; in Korean as before', async () => {
    const input = { effectiveFrom: '2099-01-01', couponAmount: 3000, repeatThreshold: 2, couponsPerMonth: 1 };
    const english = await api.run(ADD_POLICY_VERSION, { input }, inEnglish(world.agent));
    expect(english.errors?.[0]).toMatchObject({
      message: 'You are not allowed to do this.',
      extensions: { code: 'FORBIDDEN', reason: { code: 'notAllowed', params: {} } },
    });
    const korean = await api.run(ADD_POLICY_VERSION, { input }, world.agent);
    expect(korean.errors?.[0]?.message).toBe('이 작업을 할 권한이 없습니다.');
  });
});

describe('a REST route’s refusal in the viewer’s language', () => {
  const exportTable = (viewer: UserRow, file: string, query: string) =>
    handleReportExport(new Request(`http://localhost/api/exports/report/${file}?${query}`), file, { db: handle.db, viewer });
  const errorOf = async (response: Response) =>
    ((await response.json()) as { error: { code: string; message: string; field?: string } }).error;

  it('an unknown table is a 404 naming the tables in English; a bad month a 400 naming month; Korean as before', async () => {
    const table = await errorOf(await exportTable(inEnglish(world.manager), 'nope.csv', 'month=2033-03'));
    expect(table).toMatchObject({ code: 'NOT_FOUND', field: 'table' });
    expect(table.message).toMatch(/^Not a table that can be downloaded\. Choose one of lots\.csv, operators\.csv, /);
    expect(await errorOf(await exportTable(inEnglish(world.manager), 'operators.csv', 'month=2033-13'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'month',
      message: 'month: Please give the month as YYYY-MM (e.g. 2026-04).',
    });
    expect((await errorOf(await exportTable(world.manager, 'operators.csv', 'month=2033-13'))).message).toBe(
      'month: 월은 YYYY-MM 형식으로 입력해 주세요 (예: 2026-04).',
    );
  });
});
