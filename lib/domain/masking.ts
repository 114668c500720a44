/** "김*수": enough for staff at the lot to match a caller, not to identify a stranger. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}

// Korean phone numbers as people type them: 010-1234-5678, 01012345678, 010 1234 5678,
// 02.555.1234, +82 10-1234-5678.
const PHONE_IN_TEXT = /(?:\+82[\s.-]?|\b0)\d{1,2}[\s.-]?\d{3,4}[\s.-]?(\d{4})\b/g;

/** Text with any phone number in it masked to its last four digits: "***-****-5678". */
export function maskPhoneNumbers(text: string): string {
  return text.replace(PHONE_IN_TEXT, (_match, last4: string) => `***-****-${last4}`);
}

/**
 * Free text (notes, timeline details) with the customer's personal data masked, for readers
 * who may not see it: any phone number, and the customer's name.
 */
export function redactPersonalData(text: string, customerName: string): string {
  const withoutPhones = maskPhoneNumbers(text);
  const name = customerName.trim();
  if (name.length < 2) return withoutPhones;
  // Also catch the name written with spaces between its letters ("김 민 수").
  const spaced = new RegExp([...name].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'), 'g');
  return withoutPhones.replace(spaced, maskName(name));
}
