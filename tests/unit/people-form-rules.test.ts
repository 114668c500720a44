import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client';
import { checkNewUser, passwordProblemOf, problemMessages, type NewUserValues } from '@/app/_components/manager/users/new-user-fields';
import { filterUsers, type StaffUser } from '@/app/_components/manager/users/filter-users';
import { formatTarget, parseMinutes, problemMessage, spanOfMinutes } from '@/app/_components/manager/targets/target-fields';
import { MESSAGES } from '@/lib/i18n/messages';

// The manager's people and response-targets pages: what their forms accept before a round trip,
// and how they say it in both languages.

const ko = {
  users: createTranslator({ locale: 'ko', messages: MESSAGES.ko, namespace: 'users.form.error' }),
  targets: createTranslator({ locale: 'ko', messages: MESSAGES.ko, namespace: 'targets' }),
};
const en = {
  users: createTranslator({ locale: 'en', messages: MESSAGES.en, namespace: 'users.form.error' }),
  targets: createTranslator({ locale: 'en', messages: MESSAGES.en, namespace: 'targets' }),
};

const complete: NewUserValues = { name: '홍길동', email: 'hong@test.local', password: 'twelve-chars', role: 'AGENT', operatorId: '' };

describe('new account form: what is missing is said per field, all at once', () => {
  it.each([
    ['a complete agent', {}, {}],
    [
      'nothing at all',
      { name: ' ', email: '', password: '', role: '' },
      {
        name: '이름을 입력해 주세요.',
        email: '이메일을 입력해 주세요.',
        password: '초기 비밀번호를 입력해 주세요.',
        role: '역할을 선택해 주세요.',
      },
    ],
    ['an 11-character password', { password: 'eleven-char' }, { password: '비밀번호는 12자 이상이어야 합니다.' }],
    ['a 12-character password', { password: 'twelve-chars' }, {}],
    [
      'aaaaaaaaaaaa (issue 16)',
      { password: 'aaaaaaaaaaaa' },
      { password: '같은 글자의 반복이나 연속된 글자(aaaa…, 1234…)로 된 비밀번호는 쓸 수 없습니다.' },
    ],
    [
      'a password with the email’s name part',
      { password: 'Hong-2026-parking' },
      { password: '비밀번호에 이메일의 @ 앞부분을 넣을 수 없습니다.' },
    ],
    ['운영사 without an operator', { role: 'OPERATOR' }, { operatorId: '운영사 계정은 소속 운영사를 선택해야 합니다.' }],
    ['운영사 with an operator', { role: 'OPERATOR', operatorId: 'op-1' }, {}],
  ] as const)('%s', (_what, overrides, expected) => {
    expect(problemMessages(ko.users, checkNewUser({ ...complete, ...overrides }))).toEqual(expected);
  });

  it('says the same in English', () => {
    expect(problemMessages(en.users, checkNewUser({ ...complete, name: '', password: 'short', role: 'OPERATOR' }))).toEqual({
      name: 'Enter a name.',
      password: 'The password must be at least 12 characters.',
      operatorId: 'An operator account needs its operator.',
    });
  });
});

describe('response targets: whole minutes from 1 to 30 days', () => {
  it.each([
    ['5', { minutes: 5 }],
    [' 120 ', { minutes: 120 }],
    ['43200', { minutes: 43200 }],
  ])('"%s" → %o', (raw, expected) => {
    expect(parseMinutes(raw)).toEqual(expected);
  });

  it.each([
    ['', '분 단위로 입력해 주세요.', 'Enter a number of minutes.'],
    ['0', '1분 이상이어야 합니다.', 'It must be at least 1 minute.'],
    ['-5', '1 이상의 정수(분)로 입력해 주세요.', 'Enter a whole number of minutes, 1 or more.'],
    ['2.5', '1 이상의 정수(분)로 입력해 주세요.', 'Enter a whole number of minutes, 1 or more.'],
    ['43201', '43,200분(30일) 이하여야 합니다.', 'It must be at most 43,200 minutes (30 days).'],
  ])('"%s" is refused: %s', (raw, korean, english) => {
    const parsed = parseMinutes(raw);
    if (!('error' in parsed)) throw new Error(`"${raw}" was accepted`);
    expect(problemMessage(ko.targets, parsed.error)).toBe(korean);
    expect(problemMessage(en.targets, parsed.error)).toBe(english);
  });

  it.each([
    [5, '5분', '5분', '5 min'],
    [90, '1시간 30분', '90분 (1시간 30분)', '90 min (1 hour 30 minutes)'],
    [120, '2시간', '120분 (2시간)', '120 min (2 hours)'],
    [1440, '1일', '1,440분 (1일)', '1,440 min (1 day)'],
    [1505, '1일 1시간 5분', '1,505분 (1일 1시간 5분)', '1,505 min (1 day 1 hour 5 minutes)'],
  ])('%i minutes read "%s", shown "%s" / "%s"', (minutes, span, shown, english) => {
    expect(spanOfMinutes(ko.targets, minutes)).toBe(span);
    expect(formatTarget(ko.targets, minutes)).toBe(shown);
    expect(formatTarget(en.targets, minutes)).toBe(english);
  });
});

describe('people table filters', () => {
  const user = (name: string, email: string, role: StaffUser['role'], operator: string | null = null): StaffUser => ({
    id: email,
    name,
    email,
    role,
    active: true,
    operator: operator ? { id: operator, name: operator } : null,
  });
  const users = [
    user('김민지', 'agent@demo.test', 'AGENT'),
    user('정태윤', 'Operator@Demo.test', 'OPERATOR', '한빛파킹'),
    user('박서연', 'manager@demo.test', 'MANAGER'),
  ];
  const names = (list: StaffUser[]) => list.map((u) => u.name);

  it.each([
    ['everyone', { role: '', text: '' }, ['김민지', '정태윤', '박서연']],
    ['a role', { role: 'OPERATOR', text: '' }, ['정태윤']],
    ['an email in another case', { role: '', text: 'operator@DEMO' }, ['정태윤']],
    ['an operator name', { role: '', text: '한빛' }, ['정태윤']],
    ['a name within a role that does not match', { role: 'AGENT', text: '박서연' }, []],
  ] as const)('by %s', (_what, filter, expected) => {
    expect(names(filterUsers(users, filter))).toEqual(expected);
  });
});

describe('a password the API refused', () => {
  const refusal = (message: string, reason?: string) =>
    new CombinedGraphQLErrors({
      errors: [
        {
          message,
          extensions: { code: 'BAD_USER_INPUT', field: 'input.password', ...(reason && { reason: { code: reason, params: {} } }) },
        },
      ],
    });

  it.each([
    ['passwordCommon', 'passwordCommon'],
    ['passwordPredictable', 'passwordPredictable'],
    ['passwordHasEmailName', 'passwordHasEmailName'],
  ])('is read by its reason code %s, in whatever language the message came', (code, problem) => {
    expect(passwordProblemOf(refusal('input.password: A common or breached password (or a variant of one) cannot be used.', code))).toBe(
      problem,
    );
  });

  it('without a password rule’s code it is no password problem', () => {
    expect(passwordProblemOf(refusal('input.password: 비밀번호는 12자 이상이어야 합니다.', 'passwordTooShort'))).toBeNull();
    expect(
      passwordProblemOf(refusal('input.password: 흔히 쓰이거나 유출 목록에 있는 비밀번호(또는 그 변형)는 쓸 수 없습니다.')),
    ).toBeNull();
  });
});
