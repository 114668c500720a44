/** A Korean phone number as digits only, or null: mobiles 010…, area codes 02…/031…. */
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^0\d{8,10}$/.test(digits)) return null;
  return digits;
}

/** "010-****-5678": enough for a customer to recognise, useless to anyone else. */
export function maskPhone(digits: string): string {
  const last4 = digits.slice(-4);
  const head = digits.startsWith('02') ? '02' : digits.slice(0, 3);
  return `${head}-****-${last4}`;
}
