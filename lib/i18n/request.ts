import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { getViewer } from '@/lib/auth/viewer';
import { LOCALE_COOKIE, pickLocale } from './locales';
import { MESSAGES } from './messages';
import { SEOUL_TIME_ZONE } from './time-zone';

/**
 * The language of one page render: the signed-in account's setting, else the cookie (the
 * login page), else Korean. Everything shown is in Korea Standard Time, whatever the browser's
 * own zone is.
 */
export default getRequestConfig(async () => {
  const [viewer, jar] = await Promise.all([getViewer().catch(() => null), cookies()]);
  const locale = pickLocale(viewer?.locale, jar.get(LOCALE_COOKIE)?.value);
  return { locale, messages: MESSAGES[locale], timeZone: SEOUL_TIME_ZONE };
});
