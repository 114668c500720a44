/**
 * Characters a person never means to store: controls, text-direction overrides and invisible
 * joiners. A bidi override (U+202E) makes "3456가21" read as another plate, ESC[31m paints a
 * terminal that tails a log, a zero-width space hides a name from a search or the masker.
 * Single-line text (names, plates, reasons, e-mails) that carries one is refused; multi-line
 * free text (notes, outcomes) has them stripped, keeping its line breaks and tabs.
 *
 * Kept on purpose: Hangul in every form (syllables, conjoining and compatibility jamo and the
 * fillers old Hangul is written with), emoji with their variation selectors, skin tones and
 * tag sequences (flags), and U+200D ZERO WIDTH JOINER between two pictographs, which is what
 * makes 👨‍👩‍👧 one family instead of three people; a ZWJ anywhere else goes.
 */

import type { RuleReason } from './rule-reason';

/** Why a character is unwanted; the name the refusal gives. */
export type HiddenCharacterKind = 'control' | 'direction' | 'invisible' | 'line-break';

/** The first unwanted character of a text, where it is and what it is. */
export interface HiddenCharacter {
  /** 1-based, in characters (code points), as a person counts them. */
  position: number;
  codePoint: number;
  kind: HiddenCharacterKind;
}

const ZWJ = 0x200d;
const VARIATION_SELECTOR_16 = 0xfe0f;

function kindOf(codePoint: number): HiddenCharacterKind | null {
  if (codePoint === 0x0a || codePoint === 0x0d || codePoint === 0x2028 || codePoint === 0x2029) return 'line-break';
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return 'control';
  // LRE…RLO, LRI…PDI, LRM, RLM and the Arabic letter mark: they reorder what is shown.
  if ((codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069)) return 'direction';
  if (codePoint === 0x200e || codePoint === 0x200f || codePoint === 0x061c) return 'direction';
  // ZWSP, ZWNJ, ZWJ, word joiner, the invisible operators, BOM: nothing on screen, something in the bytes.
  if ((codePoint >= 0x200b && codePoint <= 0x200d) || (codePoint >= 0x2060 && codePoint <= 0x2064) || codePoint === 0xfeff)
    return 'invisible';
  return null;
}

const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const EMOJI_MODIFIER = /^\p{Emoji_Modifier}$/u;

// A ZWJ that joins two pictographs (the first may carry VS16 or a skin tone) builds one emoji.
function joinsEmoji(points: readonly number[], at: number): boolean {
  let before = at - 1;
  const previous = points[before];
  if (previous !== undefined && (previous === VARIATION_SELECTOR_16 || EMOJI_MODIFIER.test(String.fromCodePoint(previous)))) before--;
  const left = points[before];
  const right = points[at + 1];
  return (
    left !== undefined && right !== undefined && PICTOGRAPH.test(String.fromCodePoint(left)) && PICTOGRAPH.test(String.fromCodePoint(right))
  );
}

// Unwanted in multi-line text: everything above but \n and \t (a \r is folded into \n first).
function unwantedIn(points: readonly number[], at: number, multiLine: boolean): HiddenCharacterKind | null {
  const codePoint = points[at] ?? 0;
  if (multiLine && (codePoint === 0x0a || codePoint === 0x09)) return null;
  const kind = kindOf(codePoint);
  if (codePoint === ZWJ && joinsEmoji(points, at)) return null;
  return kind;
}

/** The first character single-line text may not carry (tabs and line breaks included), or null. */
export function findHiddenCharacter(text: string, { multiLine = false }: { multiLine?: boolean } = {}): HiddenCharacter | null {
  const points = Array.from(text, (c) => c.codePointAt(0) ?? 0);
  for (let at = 0; at < points.length; at++) {
    const kind = unwantedIn(points, at, multiLine);
    if (kind) return { position: at + 1, codePoint: points[at] ?? 0, kind };
  }
  return null;
}

/** Multi-line free text without the unwanted characters; CR LF and a lone CR become LF. */
export function stripHiddenCharacters(text: string): string {
  const points = Array.from(text.replace(/\r\n?/g, '\n'), (c) => c.codePointAt(0) ?? 0);
  return points
    .filter((_codePoint, at) => unwantedIn(points, at, true) === null)
    .map((c) => String.fromCodePoint(c))
    .join('');
}

/** "U+202E": how a refusal names the character, since it cannot be shown. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The refusal as a catalog sentence (its kind a select of it): what was found and where. */
export function hiddenCharacterReason(found: HiddenCharacter): RuleReason<'hiddenCharacter'> {
  return { code: 'hiddenCharacter', params: { kind: found.kind, codePoint: codePointLabel(found.codePoint), position: found.position } };
}
