import { describe, expect, it } from 'vitest';
import { formatCaseCode } from '@/lib/domain/case-code';
import { maskPhone, normalizePhone } from '@/lib/domain/phone';
import { normalizePlate } from '@/lib/domain/plate';
import { maskName, redactPersonalData } from '@/lib/domain/masking';

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

describe('personal data in free text, for operators', () => {
  it.each([
    ['회신 번호 010-9876-7087', '회신 번호 ***-****-7087'],
    ['01098767087로 연락', '***-****-7087로 연락'],
    ['+82 10-9876-7087', '***-****-7087'],
    ['010 9876 7087', '***-****-7087'],
    ['김민수 고객 요청', '김*수 고객 요청'],
    ['김 민 수 님', '김*수 님'],
    ['주차장 02-555-1234', '주차장 ***-****-1234'],
    ['결제 12,000원', '결제 12,000원'],
  ])('%s → %s', (text, redacted) => {
    expect(redactPersonalData(text, '김민수')).toBe(redacted);
  });

  it.each([
    ['김민수', '김*수'],
    ['이준', '이*'],
    ['남궁민수', '남**수'],
  ])('the name %s is shown as %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});
