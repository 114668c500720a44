import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@/db/seed/accounts';
import { isCommonPassword } from '@/lib/auth/common-passwords';
import { commonPasswordCandidates, passwordProblem } from '@/lib/domain/password-rules';

// ASVS 2.1.7: no common or breached password, no pattern, not the e-mail's name (issue 16).
const judge = (password: string, email = 'sam@test.local') => passwordProblem(password, email, isCommonPassword);

describe('passwords: what is refused and why', () => {
  it.each([
    ['password1234', 'COMMON', 'on the list as it is'],
    ['123456789012', 'PREDICTABLE', 'a run of digits (on the list too)'],
    ['aaaaaaaaaaaa', 'PREDICTABLE', 'one character repeated'],
    ['abcabcabcabc', 'PREDICTABLE', 'a short unit repeated'],
    ['121212121212a', 'PREDICTABLE', 'three distinct characters'],
    ['abcdefghijklm', 'PREDICTABLE', 'a run of letters'],
    ['987654321098', 'PREDICTABLE', 'a run down, wrapping'],
    ['PASSWORD1234', 'COMMON', 'in capitals'],
    ['P@ssw0rd-2026!', 'COMMON', 'leet and digits around a listed word'],
    ['sunshine!!2026', 'COMMON', 'a listed word inside symbols and digits'],
    ['qwerty123456', 'COMMON', 'a keyboard row, listed'],
    ['sam-parking-2026', 'CONTAINS_EMAIL_NAME', 'the e-mail’s name part'],
    ['xSAMx-parking-2026', 'CONTAINS_EMAIL_NAME', 'in any case'],
  ] as const)('%s → %s (%s)', (password, problem, _why) => {
    expect(judge(password)).toBe(problem);
  });

  it.each([
    [DEMO_PASSWORD, 'agent@demo.test', 'the demo password the README prints'],
    ['correct horse battery staple', 'sam@test.local', 'a passphrase'],
    ['long-enough-password', 'sam@test.local', 'words joined'],
    ['주차장-정기권-2026!', 'sam@test.local', 'Hangul'],
    ['jo-parking-2026', 'jo@test.local', 'a name part under 3 characters is not looked for'],
  ])('%s is accepted (%s)', (password, email) => {
    expect(judge(password, email)).toBeNull();
  });

  it('looks up the spelling as typed, de-leeted and without the digits around the word', () => {
    expect(commonPasswordCandidates('P@ssw0rd-2026!')).toEqual(expect.arrayContaining(['p@ssw0rd-2026!', 'p@ssw0rd', 'password']));
  });
});
