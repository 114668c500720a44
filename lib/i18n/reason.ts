import koReasons from './messages/ko/reasons.json';

/** A sentence of ours by its catalog key (lib/i18n/messages/{ko,en}/reasons.json). */
export type ReasonCode = keyof typeof koReasons;

/** The values a reason's sentence fills in: names, codes, amounts, dates, people's own words. */
export type ReasonParams = Readonly<Record<string, string | number>>;

/**
 * A refusal, a timeline entry or a notice as a code with parameters, so each reader gets it in
 * their own language. In a sentence, `<words>…</words>` wraps what a person typed: the pages
 * mark it as Korean (lang="ko") and keep it as written.
 */
export interface Reason {
  code: ReasonCode;
  params?: ReasonParams;
}

/** Whether a stored or received string names a sentence of the catalog (pages may import this: one small file). */
export function isReasonCode(value: unknown): value is ReasonCode {
  return typeof value === 'string' && Object.hasOwn(koReasons, value);
}
