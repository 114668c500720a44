import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { exitUrgency, moveSelection, newIds, selectionAfterRemoval, waitingParts } from '@/app/_components/operator/waiting-time';
import { MESSAGES } from '@/lib/i18n/messages';

// The operator's queue rules, and their wording through the real catalog in both languages.
const ko = createTranslator({ locale: 'ko', messages: MESSAGES.ko, namespace: 'operator' });
const en = createTranslator({ locale: 'en', messages: MESSAGES.en, namespace: 'operator' });

function waiting(t: typeof ko, seconds: number): string {
  const { unit, ...values } = waitingParts(seconds);
  return t(`waiting.${unit}`, values);
}

describe('operator queue: waiting times and urgency', () => {
  it.each([
    [12, '12초', '12s'],
    [252, '4분 12초', '4m 12s'],
    [3_600, '1시간', '1h'],
    [3_900, '1시간 5분', '1h 5m'],
    [86_400, '1일', '1d'],
    [183_600, '2일 3시간', '2d 3h'],
    [-5, '0초', '0s'],
  ])('waited %i s reads "%s" in Korean and "%s" in English', (seconds, korean, english) => {
    expect(waiting(ko, seconds)).toBe(korean);
    expect(waiting(en, seconds)).toBe(english);
  });

  it.each([
    [179, 'normal'],
    [180, 'warning'],
    [299, 'warning'],
    [300, 'late'],
  ])('an exit waiting %i s is %s', (seconds, urgency) => {
    expect(exitUrgency(seconds)).toBe(urgency);
  });

  it('amber and red waits carry words in both languages, amber with its minutes', () => {
    expect(ko('urgency.warning', { minutes: 3 })).toBe('3분 경과');
    expect(en('urgency.warning', { minutes: 3 })).toBe('Over 3 min');
    expect(ko('urgency.late')).toBe('지연');
    expect(en('urgency.late')).toBe('Late');
  });

  it('a new-request announcement names the counts and plates', () => {
    const parts = [ko('notification.partExits', { count: 1 }), ko('notification.partRegistrations', { count: 2 })].join(', ');
    expect(ko('notification.announcement', { parts, plates: '12가3456' })).toBe(
      '새 출차 요청 1건, 차량등록 요청 2건이 도착했습니다: 12가3456.',
    );
    expect(en('notification.titleExits', { count: 1 })).toBe('1 new exit request');
    expect(en('notification.titleExits', { count: 3 })).toBe('3 new exit requests');
  });
});

describe('operator queue: new rows and the keyboard selection', () => {
  it('the first poll is not news; ids not seen before are', () => {
    expect(newIds(null, ['a'])).toEqual([]);
    expect(newIds(new Set(['a']), ['a', 'b'])).toEqual(['b']);
  });

  it.each([
    [null, 1, 'a'],
    [null, -1, 'c'],
    ['a', 1, 'b'],
    ['c', 1, 'c'],
    ['a', -1, 'a'],
  ] as const)('from %s, moving %i selects %s', (current, delta, expected) => {
    expect(moveSelection(['a', 'b', 'c'], current, delta)).toBe(expected);
  });

  it('when the selected row leaves, the one in its place is selected, else the last', () => {
    expect(selectionAfterRemoval(['a', 'c'], 1)).toBe('c');
    expect(selectionAfterRemoval(['a'], 1)).toBe('a');
    expect(selectionAfterRemoval([], 0)).toBeNull();
  });
});
