/** "김*수": enough for staff at the lot to match a caller, not to identify a stranger. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}

// Invisible characters people (or a paste) put between letters and digits: zero-width
// spaces and joiners, direction marks, word joiners, the BOM and the soft hyphen.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Text as it reads: NFKC (full-width ０１０ → 010, compatibility forms folded) without
 * invisible characters, so a masker sees what a reader sees.
 */
export function normalizeForMasking(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

// Digits read out in Sino-Korean, as a phone is often dictated: 공일공 = 010.
const KOREAN_DIGITS: Readonly<Record<string, string>> = {
  공: '0',
  영: '0',
  일: '1',
  이: '2',
  삼: '3',
  사: '4',
  오: '5',
  육: '6',
  륙: '6',
  칠: '7',
  팔: '8',
  구: '9',
};
const DIGIT = `[0-9${Object.keys(KOREAN_DIGITS).join('')}]`;
// What people put between a phone's groups: spaces, - _ . / ( ) + and dashes of any width.
const SEPARATOR = '[\\s\\-_./()+·\\u2010-\\u2015\\u2212]';
// A run of digits (ASCII or read out) with at most three separator characters between them.
const DIGIT_RUN = new RegExp(`(?<![0-9])\\+?\\(?${DIGIT}(?:${SEPARATOR}{0,3}${DIGIT})*`, 'g');
// Below this a run is an amount, a date part or a plate; from here on it may be a phone or an account.
const PHONE_MIN_DIGITS = 9;

const digitsOf = (run: string) => [...run].map((c) => (c >= '0' && c <= '9' ? c : (KOREAN_DIGITS[c] ?? ''))).join('');

/**
 * Text with any phone-like number masked to its last four digits ("***-****-5678"), however
 * it is spelled: 010-1234-5678, 010 - 1234 - 5678, (010)1234-5678, 010_1234_5678, 010/1234/5678,
 * +82 10 1234 5678, full-width digits, zero-width spaces inside, 공일공 1234 5678. Any run of
 * 9 or more digits once separators are dropped counts (dates with a colon or a comma'd amount do not).
 */
export function maskPhoneNumbers(text: string): string {
  // An id (a UUID in an access-log filter, a case code or the beginning of one that the palette
  // searched) is no phone, however many digits it holds.
  return normalizeForMasking(text)
    .split(NOT_A_PHONE)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(DIGIT_RUN, maskRun)))
    .join('');
}

const NOT_A_PHONE = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\bVOC-\d{6}-\d{1,6}\b)/i;

// A date written before a time ("2026-04-09 08:10") is a date, not a phone.
const LEADING_DATE = /^((?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})(.*)$/s;

function maskRun(run: string): string {
  const date = LEADING_DATE.exec(run);
  if (date) return date[1] + date[2]!.replace(DIGIT_RUN, maskRun);
  const digits = digitsOf(run);
  // Read-out digits alone ("이 사 일") are ordinary words unless they make a long run with real digits.
  if (digits.length < PHONE_MIN_DIGITS || !/[0-9]{2}/.test(run)) return run;
  // "(010-1234-5678)" keeps its opening bracket: the closing one is outside the run.
  const opening = run.startsWith('(') && !run.includes(')') ? '(' : '';
  return `${opening}***-****-${digits.slice(-4)}`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Free text with the customer's personal data masked, for readers who may not see it: any
 * phone-like number, and the customer's name, also spelled with anything that is not a
 * letter between its letters ("김 민 수", "김-민-수", "김.민.수", zero-width spaces).
 */
export function redactPersonalData(text: string, customerName: string): string {
  const withoutPhones = maskPhoneNumbers(text);
  const name = normalizeForMasking(customerName).replace(/\s/g, '');
  if ([...name].length < 2) return withoutPhones;
  const spelled = new RegExp([...name].map(escapeRegExp).join('[^\\p{L}\\p{N}]{0,3}'), 'gu');
  return withoutPhones.replace(spelled, maskName(name));
}
