const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;

/**
 * The lang attribute for a value from the data (a person's, a lot's or an operator's name):
 * "ko" when it is written in Korean, so it is read as Korean inside a page in the reader's
 * language; nothing when it is not (an English name needs no mark).
 */
export function dataLang(value: string | null | undefined): 'ko' | undefined {
  return value && HANGUL.test(value) ? 'ko' : undefined;
}
