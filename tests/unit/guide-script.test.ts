import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { consultationType } from '@/lib/domain/consultation-type';
import {
  GUIDE_POLICY_TABLE,
  GUIDE_POLICY_VALUES,
  GUIDE_STEPS,
  guidePolicyColumn,
  withLotName,
  type PolicyKind,
} from '@/lib/domain/guide-script';

const SEED_DIR = path.resolve(process.cwd(), '..', 'shared', 'seed');
// The guide is Markdown exported from a wiki: drop its bold marks and escapes, fold spaces.
const plain = (text: string) =>
  text
    .replace(/\*\*/g, '')
    .replace(/\\([_*])/g, '$1')
    .replace(/\s+/g, ' ');

const KINDS = Object.keys(GUIDE_POLICY_TABLE) as PolicyKind[];
// The policy table's cells as the guide wrote them (its own amounts in the placeholders).
const policyLines = KINDS.flatMap((kind) => [
  ...GUIDE_POLICY_TABLE[kind].heading.map((line) => [kind, line] as const),
  ...guidePolicyColumn(kind, GUIDE_POLICY_VALUES).flatMap((row) => row.lines.map((line) => [kind, line.text] as const)),
]);
const lines = [
  ...GUIDE_STEPS.flatMap((step) => step.branches.flatMap((branch) => branch.lines.map((line) => [step.key, line] as const))),
  ...policyLines,
];

describe('the guide script', () => {
  it.runIf(existsSync(SEED_DIR)).each(lines)('%s: «%s» stands word for word in the guide', (_step, line) => {
    const guide = readdirSync(SEED_DIR)
      .map((file) => plain(readFileSync(path.join(SEED_DIR, file), 'utf8')))
      .join('\n');
    expect(guide).toContain(plain(line));
  });

  it('policy table: the guide’s values leave every line as the guide wrote it', () => {
    for (const kind of KINDS) {
      for (const row of guidePolicyColumn(kind, GUIDE_POLICY_VALUES)) for (const line of row.lines) expect(line.policyValue).toBe(false);
    }
  });

  it('policy table: a newer policy’s amount and thresholds take the guide’s place, and the line says so', () => {
    const column = guidePolicyColumn('OPERATOR_OMISSION', { couponAmount: 4000, repeatThreshold: 3, couponsPerMonth: 1 });
    const second = column.find((row) => row.key === 'SECOND_RESPONSE')!.lines[0]!;
    expect(second).toEqual({ text: 'Parking CS 4,000원 쿠폰', guideText: 'Parking CS 3,000원 쿠폰', policyValue: true });
    expect(column.find((row) => row.key === 'REMARKS')!.lines[0]!.text).toBe('월 3회 이상 발생 시 발행, 월 1회에 한하여 보상');
  });

  it.each([
    ['EQUIPMENT_FAULT', '케어 (카메라 오인식으로 종결)'],
    ['REFUND_CLAIM', '재발방지를 위한 후속조치 및 당사 환불정책 안내로 케어'],
  ] as const)('policy table: a %s case gets its own column, with no 2차', (kind, flow) => {
    const column = guidePolicyColumn(kind, { couponAmount: 4000, repeatThreshold: 2, couponsPerMonth: 1 });
    expect(column.find((row) => row.key === 'FLOW')!.lines[0]!.text).toBe(flow);
    expect(column.find((row) => row.key === 'SECOND_RESPONSE')!.lines).toEqual([]);
    expect(column.flatMap((row) => row.lines).some((line) => line.text.includes('쿠폰'))).toBe(false);
  });

  it('follows the guide’s four steps in order', () => {
    expect(GUIDE_STEPS.map((step) => step.key)).toEqual(['BASIC_CARE', 'EXIT_CHECK', 'ONSITE_PAYMENT', 'COMPENSATION']);
  });

  it.each([
    ['강남역 제1주차장', '강남역 제1주차장 정기권으로 확인됩니다.'],
    ['판교 센터', '판교 센터 주차장 정기권으로 확인됩니다.'],
  ])('names the lot %s in place of OOO', (lot, expected) => {
    expect(withLotName('OOO 주차장 정기권으로 확인됩니다.', lot)).toBe(expected);
  });

  it.each([
    ['LINKED', '정기권 미적용(연동)'],
    ['NON_LINKED', '정기권 미적용(비연동)'],
  ] as const)('consultation type of a %s lot ends in %s', (integration, last) => {
    expect(consultationType(integration)).toEqual(['주차_고객', '서비스 이용/정책', '정기권 문의', last]);
  });
});
