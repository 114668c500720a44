/**
 * Korean vehicle plates: 2 or 3 digits, one Hangul syllable, 4 digits (12가3456, 123가4567),
 * optionally led by a region name of older plates (서울12가3456). Spaces are ignored.
 */
const PLATE_PATTERN = /^(?:(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주))?\d{2,3}[가-힣]\d{4}$/;

/** The plate without spaces, or null when it is not a Korean plate. */
export function normalizePlate(input: string): string | null {
  const compact = input.replace(/\s+/g, '');
  return PLATE_PATTERN.test(compact) ? compact : null;
}
