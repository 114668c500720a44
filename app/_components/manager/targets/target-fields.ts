import type { Messages } from '@/lib/i18n/messages';
import type { Translate } from '../translate';

/** The two targets, named as the API names them. */
export type TargetField = 'exitAckMinutes' | 'registrationConfirmMinutes';

/** The API's bounds (graphql/resolvers/administration.ts): a minute to 30 days. */
export const TARGET_MIN = 1;
export const TARGET_MAX = 30 * 24 * 60;

/** Why a typed value is not a target, as the catalog's key under targets.error. */
export type TargetProblem = keyof Messages['targets']['error'];

/** A typed value as whole minutes, or why it is not one. */
export function parseMinutes(raw: string): { minutes: number } | { error: TargetProblem } {
  const text = raw.trim();
  if (text === '') return { error: 'empty' };
  if (!/^\d+$/.test(text)) return { error: 'notInteger' };
  const minutes = Number(text);
  if (minutes < TARGET_MIN) return { error: 'tooSmall' };
  if (minutes > TARGET_MAX) return { error: 'tooLarge' };
  return { minutes };
}

/** A problem in the reader's language. */
export function problemMessage(t: Translate<'targets'>, problem: TargetProblem): string {
  return problem === 'tooLarge' ? t('error.tooLarge', { max: TARGET_MAX }) : t(`error.${problem}`);
}

/** Minutes as a person reads them: 90 → "1시간 30분" / "1 hour 30 minutes", 1440 → "1일", 5 → "5분". */
export function spanOfMinutes(t: Translate<'targets'>, total: number): string {
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  const parts = [
    days && t('span.day', { count: days }),
    hours && t('span.hour', { count: hours }),
    minutes && t('span.minute', { count: minutes }),
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : t('span.minute', { count: 0 });
}

/** A target as the table shows it: "1,440분 (1일)", or "5분" when the minutes say it all. */
export function formatTarget(t: Translate<'targets'>, minutes: number): string {
  const plain = t('minutes', { minutes });
  // Whole minutes under an hour say nothing more as a span.
  if (minutes < 60) return plain;
  return t('minutesWithSpan', { minutes, span: spanOfMinutes(t, minutes) });
}
