import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { consultationType } from '@/lib/domain/consultation-type';
import { GUIDE_STEPS, withLotName } from '@/lib/domain/guide-script';

const SEED_DIR = path.resolve(process.cwd(), '..', 'shared', 'seed');
// The guide is Markdown exported from a wiki: drop its bold marks and escapes, fold spaces.
const plain = (text: string) => text.replace(/\*\*/g, '').replace(/\\_/g, '_').replace(/\s+/g, ' ');

const lines = GUIDE_STEPS.flatMap((step) => step.branches.flatMap((branch) => branch.lines.map((line) => [step.key, line] as const)));

describe('the guide script', () => {
  it.runIf(existsSync(SEED_DIR)).each(lines)('%s: «%s» stands word for word in the guide', (_step, line) => {
    const guide = readdirSync(SEED_DIR)
      .map((file) => plain(readFileSync(path.join(SEED_DIR, file), 'utf8')))
      .join('\n');
    expect(guide).toContain(plain(line));
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
