import { describe, expect, it } from 'vitest';
import { formatCaseCode } from '@/lib/domain/case-code';
import { maskPhone, normalizePhone } from '@/lib/domain/phone';
import { normalizePlate } from '@/lib/domain/plate';

describe('Korean plates', () => {
  it.each([
    ['12가3456', '12가3456'],
    ['123가4567', '123가4567'],
    ['서울12가3456', '서울12가3456'],
    ['경기 123 바 4567', '경기123바4567'],
  ])('%s is a plate, written %s', (input, plate) => {
    expect(normalizePlate(input)).toBe(plate);
  });

  it.each([['AB1234'], ['1가3456'], ['1234가5678'], ['12가345'], ['12a3456'], ['화성12가3456'], ['']])('%s is not a plate', (input) => {
    expect(normalizePlate(input)).toBeNull();
  });
});

describe('phones', () => {
  it.each([
    ['010-1234-5678', '01012345678'],
    ['01012345678', '01012345678'],
    ['02-555-1234', '025551234'],
    ['031 765 4321', '0317654321'],
  ])('%s normalises to %s', (input, digits) => {
    expect(normalizePhone(input)).toBe(digits);
  });

  it.each([['12345'], ['+82-10-1234-5678'], ['010-1234-567a']])('%s is refused', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it.each([
    ['01012345678', '010-****-5678'],
    ['025551234', '02-****-1234'],
  ])('%s is shown as %s', (digits, masked) => {
    expect(maskPhone(digits)).toBe(masked);
  });
});

describe('case codes', () => {
  it('carry the KST date the case was opened and a zero-padded number', () => {
    expect(formatCaseCode(new Date('2026-03-31T15:30:00Z'), 7)).toBe('VOC-260401-000007');
  });
});
