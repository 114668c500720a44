import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { smsBodyOf, smsTemplateOf, type SmsTemplate } from '@/app/_components/case/sms-gloss';
import { formatWonNumber } from '@/app/_components/ui/format';
import { consultationType } from '@/lib/domain/consultation-type';
import { GUIDE_STEPS } from '@/lib/domain/guide-script';
import { MESSAGES } from '@/lib/i18n/messages';

// The guide's script stays Korean on screen; English mode adds a gloss from the catalog, keyed
// by step, branch and line. The Korean catalog holds the very line each gloss belongs to (with
// {lot} for "OOO 주차장"), so a line reworded in lib/domain/guide-script.ts fails here until
// its gloss is looked at again.

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function at(tree: Tree, key: string): string | undefined {
  const value = key
    .split('.')
    .reduce<string | Tree | undefined>((node, part) => (node && typeof node === 'object' ? node[part] : undefined), tree);
  return typeof value === 'string' ? value : undefined;
}

const LOT_PLACEHOLDER = 'OOO 주차장';

/** Every key the glosses need: the step's title, each branch's label (if any) and each line. */
const expected = GUIDE_STEPS.flatMap((step) => [
  { key: `${step.key}.title`, korean: step.title as string },
  ...step.branches.flatMap((branch) => [
    ...(branch.label === null ? [] : [{ key: `${step.key}.branches.${branch.key}.label`, korean: branch.label as string }]),
    ...branch.lines.map((line, index) => ({ key: `${step.key}.branches.${branch.key}.lines.${index}`, korean: line as string })),
  ]),
]);

const ko = MESSAGES.ko.guide.steps as unknown as Tree;
const en = MESSAGES.en.guide.steps as unknown as Tree;

describe('the guide’s English glosses', () => {
  it('every title, branch label and script line of GUIDE_STEPS has exactly one gloss, and no gloss is orphaned', () => {
    expect(keysOf(en).sort()).toEqual(expected.map((e) => e.key).sort());
  });

  it.each(expected)('$key sits on the Korean it glosses, word for word', ({ key, korean }) => {
    const copy = at(ko, key);
    expect(copy?.replace('{lot}', LOT_PLACEHOLDER)).toBe(korean);
  });

  it('a gloss names the lot where its line does, and only there', () => {
    const withLot = expected.filter((e) => e.korean.includes(LOT_PLACEHOLDER)).map((e) => e.key);
    expect(withLot.length).toBeGreaterThan(0);
    expect(expected.filter((e) => at(en, e.key)?.includes('{lot}')).map((e) => e.key)).toEqual(withLot);
  });

  it.each(['LINKED', 'NON_LINKED'] as const)('the consultation type of a %s lot is glossed from the path the API gives', (integration) => {
    expect(MESSAGES.ko.case.header.consultationType[integration]).toBe(consultationType(integration).join(' ▶ '));
  });
});

describe('the customer texts’ English glosses', () => {
  const kase = {
    code: 'VOC-2604-0001',
    lot: { name: '강남역 제1주차장' },
    pass: { plate: '12가3456' },
    coupons: [{ amount: 3000 }],
    onsitePayments: [{ amount: 12000 }],
  } as Parameters<typeof smsTemplateOf>[1];
  const templates: SmsTemplate[] = [
    { template: 'registrationConfirmed', values: { lotName: '강남역 제1주차장', plate: '12가3456', caseCode: 'VOC-2604-0001' } },
    { template: 'couponIssued', values: { amount: 3000, caseCode: 'VOC-2604-0001' } },
    { template: 'paymentCancellation', values: { amount: 12000, caseCode: 'VOC-2604-0001' } },
    { template: 'registrationRejected', values: { caseCode: 'VOC-2604-0001' } },
    { template: 'paymentCancellationCompleted', values: { amount: 12000, caseCode: 'VOC-2604-0001' } },
    { template: 'paymentCancellationRejected', values: { amount: 12000, caseCode: 'VOC-2604-0001' } },
  ];

  it.each(templates)('the Korean copy of $template is the text the server sends', (sms) => {
    const values = 'amount' in sms.values ? { ...sms.values, amount: formatWonNumber(sms.values.amount, 'ko') } : sms.values;
    const t = createTranslator({ locale: 'ko', messages: MESSAGES.ko, namespace: 'case.sms.gloss' });
    const copy = t(sms.template, values as Record<string, string>);
    expect(copy).toBe(smsBodyOf(sms));
  });

  it.each(templates)('a sent $template text is recognised from its body', (sms) => {
    expect(smsTemplateOf(smsBodyOf(sms), kase)).toEqual(sms);
  });

  it('a text no template wrote gets no gloss', () => {
    expect(smsTemplateOf('[카카오 T 주차] 정우성님, 안내드립니다.', kase)).toBeNull();
  });
});
