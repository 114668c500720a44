/** How a case was found: by its code, its plate, or the customer's phone. */
export type CaseMatch = 'code' | 'plate' | 'phone';

/** The `cases` filters one palette query asks for; each one given is searched on its own. */
export interface CaseSearchTerms {
  code: string | null;
  plate: string | null;
  phoneLast4: string | null;
}

// "VOC…" in any case, or a code without its prefix: six date digits, then the sequence.
const CODE_WITH_PREFIX = /^VOC-?[0-9-]*$/;
const CODE_WITHOUT_PREFIX = /^\d{6}(-?\d{0,6})$/;
// A plate is Hangul and digits (12가3456, 서울12가3456); a part of one has at least a digit.
const PLATE_PART = /^[\p{Script=Hangul}\d]*\d[\p{Script=Hangul}\d]*$/u;
const PLATE_MAX = 20;

/** A code as the API stores it: "VOC-260401-000007", from "voc260401000007" or "260401-7…". */
function normalizedCode(text: string): string {
  const digits = text.replace(/^VOC-?/, '').replace(/-/g, '');
  if (digits.length <= 6) return `VOC-${digits}`;
  return `VOC-${digits.slice(0, 6)}-${digits.slice(6)}`;
}

/**
 * What the agent's typing searches for. A code, or its beginning, when it starts with "VOC" or
 * with a six-digit date; four digits are both the phone's last four and the end of a plate;
 * other digits and Hangul are part of a plate. Anything else (a menu name) searches no case,
 * so typing "새 상담" sends nothing to the server and writes nothing to the access log.
 */
export function caseSearchTerms(query: string): CaseSearchTerms | null {
  const text = query.replace(/\s+/g, '').toUpperCase();
  if (text.length < 2) return null;
  if (CODE_WITH_PREFIX.test(text) || CODE_WITHOUT_PREFIX.test(text)) {
    // Six digits alone may also be a plate's end (e.g. 가 omitted): search both.
    const plate = /^\d{6}$/.test(text) ? text : null;
    return { code: normalizedCode(text), plate, phoneLast4: null };
  }
  if (/^\d{4}$/.test(text)) return { code: null, plate: text, phoneLast4: text };
  if (PLATE_PART.test(text) && text.length <= PLATE_MAX) return { code: null, plate: text, phoneLast4: null };
  return null;
}

/** A stable key of the terms, to debounce and to compare. */
export function termsKey(terms: CaseSearchTerms | null): string {
  return terms ? `${terms.code ?? ''}|${terms.plate ?? ''}|${terms.phoneLast4 ?? ''}` : '';
}
