import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { describeDetail } from '@/app/_components/manager/access-log/access-log-detail';
import { MESSAGES } from '@/lib/i18n/messages';
import { apiFilterOf, exportHrefOf, paramsOf } from '@/app/_components/manager/access-log/access-log-params';
import { accessActionLabel, accessActorRoleLabel, maskedFilter } from '@/lib/domain/access-log';

describe('access log: what a search leaves in the log', () => {
  it.each([
    ['the last four digits become a masked phone', { phoneLast4: '5678' }, { phoneLast4: '***-****-5678' }],
    ['a whole phone typed as a plate is masked', { plate: '010-1234-5678' }, { plate: '***-****-5678' }],
    ['a phone without dashes is masked too', { plate: '01012345678' }, { plate: '***-****-5678' }],
    ['a plate stays a plate', { plate: '12가3456' }, { plate: '12가3456' }],
    [
      'empty, null and false parts are left out',
      { status: null, kind: undefined, plate: '', countedOmissions: false, month: '2026-04' },
      { month: '2026-04' },
    ],
    ['an instant is written as ISO', { from: new Date('2026-04-01T00:00:00+09:00') }, { from: '2026-03-31T15:00:00.000Z' }],
  ])('%s', (_rule, filter, expected) => {
    expect(maskedFilter(filter)).toEqual(expected);
  });

  it.each([
    ['VIEW_CASE', '상담 상세 조회'],
    ['EXPORT_ACCESS_LOG', '접근 기록 CSV 내려받기'],
    ['SOMETHING_NEW', 'SOMETHING_NEW'],
  ])('the action %s is shown as %s', (action, label) => {
    expect(accessActionLabel(action)).toBe(label);
  });

  it('an entry without an account is the system', () => {
    expect(accessActorRoleLabel(null)).toBe('시스템');
    expect(accessActorRoleLabel('OPERATOR')).toBe('운영사');
  });
});

describe('access log page: filter and CSV link', () => {
  it('KST days from the first through the last, as instants', () => {
    const params = paramsOf({ from: '2026-04-01', to: '2026-04-30', action: 'VIEW_CASE' });
    expect(apiFilterOf(params)).toMatchObject({
      from: '2026-04-01T00:00:00+09:00',
      to: '2026-05-01T00:00:00+09:00',
      action: 'VIEW_CASE',
      actorId: null,
    });
  });

  it('a year end rolls over, and a date that is not a real date is no filter', () => {
    expect(apiFilterOf(paramsOf({ to: '2026-12-31' })).to).toBe('2027-01-01T00:00:00+09:00');
    expect(apiFilterOf(paramsOf({ from: '2026-02-30', to: 'tomorrow' }))).toMatchObject({ from: null, to: null });
  });

  it('the CSV link carries the same filter', () => {
    const actorId = '5b0e6a52-6f1c-4c1e-9d7a-0a1b2c3d4e5f';
    const href = exportHrefOf(paramsOf({ actorId, from: '2026-04-01', clientAddress: '10.0.' }));
    const url = new URL(href, 'http://localhost');
    expect(url.pathname).toBe('/api/exports/access-log.csv');
    expect(Object.fromEntries(url.searchParams)).toEqual({ actorId, from: '2026-04-01T00:00:00+09:00', clientAddress: '10.0.' });
  });

  it('an account that is not an id is no filter', () => {
    expect(paramsOf({ actorId: 'agent' }).actorId).toBe('');
  });
});

const ko = createTranslator({ locale: 'ko', messages: MESSAGES.ko });
const en = createTranslator({ locale: 'en', messages: MESSAGES.en });

describe('access log page: the detail line', () => {
  it.each([
    [
      'a search',
      { by: 'PHONE_LAST4', filter: { phoneLast4: '***-****-5678' }, count: 2 },
      '전화번호 뒷자리로 검색 · 전화번호 ***-****-5678 · 2건',
      'Search by last 4 phone digits · Phone ***-****-5678 · 2 results',
    ],
    [
      'a list page',
      { filter: { kind: 'OPERATOR_OMISSION', month: '2026-04' }, count: 20, total: 1234 },
      'VOC 유형 운영사 등록누락 · 월 2026-04 · 20건 · 전체 1,234건',
      'VOC kind Operator omission · Month 2026-04 · 20 results · 1,234 in all',
    ],
    ['a queue', { status: 'WAITING', count: 1 }, '대기 중 · 1건', 'Waiting · 1 result'],
    ['a new account', { role: 'AGENT' }, '상담사', 'Agent'],
    ['a text that failed', { customerId: 'c', caseId: 'x', delivered: false }, '발송 실패', 'Not sent'],
    [
      'a filter by action and a yes',
      { filter: { action: 'VIEW_CASE', countedOmissions: true } },
      '행위 상담 상세 조회 · 누락만 예',
      'Action Viewed a case · Omissions only yes',
    ],
    ['a kind of search the page does not know', { by: 'FACE', filter: { unknownPart: 'x' } }, 'FACE', 'FACE'],
  ])('%s', (_what, detail, korean, english) => {
    expect(describeDetail(ko, JSON.stringify(detail))).toBe(korean);
    expect(describeDetail(en, JSON.stringify(detail))).toBe(english);
  });

  it('no detail, or one that is not JSON, is an empty line', () => {
    expect(describeDetail(ko, null)).toBe('');
    expect(describeDetail(ko, '{oops')).toBe('');
  });
});
