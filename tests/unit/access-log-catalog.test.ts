import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { actionName, subjectName } from '@/app/_components/manager/access-log/access-log-detail';
import { ACCESS_ACTION_GROUPS, ACCESS_ACTION_LABEL, ACCESS_SUBJECT_LABEL } from '@/lib/domain/access-log';
import { LOCALES } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

// lib/domain/access-log.ts names actions and subjects in Korean for the CSV; the page shows them
// from the catalog in the reader's language. A new action or subject type without a catalog
// entry in every language would show its code on the page: these fail first.

const ACTIONS = Object.keys(ACCESS_ACTION_LABEL);
const SUBJECTS = Object.keys(ACCESS_SUBJECT_LABEL);

describe('access log: every action and subject type is in the catalog', () => {
  it.each(LOCALES)('%s has exactly the actions and subject types the domain has', (locale) => {
    const catalog = MESSAGES[locale].accessLog;
    expect(Object.keys(catalog.action).sort()).toEqual([...ACTIONS].sort());
    expect(Object.keys(catalog.subject).sort()).toEqual([...SUBJECTS].sort());
    expect(Object.values(catalog.action).every((name) => name.trim() !== '')).toBe(true);
    expect(Object.values(catalog.subject).every((name) => name.trim() !== '')).toBe(true);
  });

  it('Korean on the page is word for word the CSV’s Korean', () => {
    expect(MESSAGES.ko.accessLog.action).toEqual(ACCESS_ACTION_LABEL);
    expect(MESSAGES.ko.accessLog.subject).toEqual(ACCESS_SUBJECT_LABEL);
  });

  it('every group of the filter has a name in both languages, and the groups hold every action once', () => {
    for (const locale of LOCALES)
      expect(Object.keys(MESSAGES[locale].accessLog.group).sort()).toEqual(ACCESS_ACTION_GROUPS.map((group) => group.id).sort());
    expect(ACCESS_ACTION_GROUPS.flatMap((group) => group.actions).sort()).toEqual([...ACTIONS].sort());
  });

  it('the page names an action and a subject in the reader’s language, and shows a code it does not know as the code', () => {
    const en = createTranslator({ locale: 'en', messages: MESSAGES.en });
    const ko = createTranslator({ locale: 'ko', messages: MESSAGES.ko });
    expect(actionName(en, 'VIEW_CASE')).toBe('Viewed a case');
    expect(actionName(ko, 'VIEW_CASE')).toBe('상담 상세 조회');
    expect(subjectName(en, 'RegistrationRequest')).toBe('Registration request');
    expect(subjectName(ko, 'RegistrationRequest')).toBe('차량등록 요청');
    expect(actionName(en, 'SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(subjectName(en, 'Spaceship')).toBe('Spaceship');
    expect(subjectName(en, null)).toBe('');
  });
});
