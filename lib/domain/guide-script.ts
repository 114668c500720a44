import type { VocKind } from './enum-values';
import { formatWon } from './won';

/** The VOC kinds, in the columns' order of the guide's policy table. */
export type PolicyKind = VocKind;

/** The policy values the guide's text was written with (정기권 보상정책 24.7.26). */
export const GUIDE_POLICY_VALUES = { couponAmount: 3000, repeatThreshold: 2, couponsPerMonth: 1 } as const;

/** The policy values a line of the table names: the guide's, or those in force at an incident. */
export interface PolicyTerms {
  couponAmount: number;
  repeatThreshold: number;
  couponsPerMonth: number;
}

/** The rows of the guide's policy table (2️⃣ 정책 및 참고사항), by the guide's row labels. */
export const POLICY_ROW_LABEL = { FIRST_RESPONSE: '1차', SECOND_RESPONSE: '2차', FLOW: '업무 FLOW', REMARKS: '비고' } as const;
export type PolicyRowKey = keyof typeof POLICY_ROW_LABEL;

/**
 * The guide's policy table, word for word, one column per VOC kind (a cell split where the guide
 * breaks its line; an empty cell is an empty list; the 1차 cell the guide merges across the
 * first two columns is written in both). {couponAmount}, {repeatThreshold} and
 * {couponsPerMonth} stand where the guide wrote 3,000원, 2회 and 1회: the page fills them from
 * the policy in force at the incident, tests/unit/guide-script.test.ts with the guide's values.
 */
export const GUIDE_POLICY_TABLE: Readonly<
  Record<PolicyKind, { heading: readonly string[]; rows: Readonly<Record<PolicyRowKey, readonly string[]>> }>
> = {
  OPERATOR_OMISSION: {
    heading: ['일반차량으로 인식', '(운영사 정기권 등록누락)'],
    rows: {
      FIRST_RESPONSE: ['불가안내/ 정책안내/ 케어'],
      SECOND_RESPONSE: ['Parking CS {couponAmount} 쿠폰', '(정기권 Lock-in 목적)'],
      FLOW: ['케어 > 미수긍 시 쿠폰제시'],
      REMARKS: ['월 {repeatThreshold}회 이상 발생 시 발행, 월 {couponsPerMonth}회에 한하여 보상'],
    },
  },
  EQUIPMENT_FAULT: {
    heading: ['일반차량으로 인식 및 차단기 안열림', '(설비이슈/ LPR오인식)'],
    rows: {
      FIRST_RESPONSE: ['불가안내/ 정책안내/ 케어'],
      SECOND_RESPONSE: [],
      FLOW: ['케어 (카메라 오인식으로 종결)'],
      REMARKS: [],
    },
  },
  REFUND_CLAIM: {
    heading: ['정기권 이용 중 클레임으로 인한 환불요청', '(정기권 등록 지속누락, 입출차 오/미인식 포함)', 'ㄴ과실의 주체가 KM에 있는 경우'],
    rows: {
      FIRST_RESPONSE: ['불가안내/ 환불정책안내/ 케어'],
      SECOND_RESPONSE: [],
      FLOW: ['재발방지를 위한 후속조치 및 당사 환불정책 안내로 케어'],
      REMARKS: [
        '※ 소보원 인입 > 이용일수 금액 차감 후 환불',
        '환불액 = 정기권결제액-(정기권결제액/이용가능일)*(실제이용일)',
        'ㄴ당사 정기권 환불정책과 다름',
        '소비자보호법 환불규정(쿨링오프/사용분 공제가능)',
      ],
    },
  },
};

/** One line of a policy cell: as shown, as the guide wrote it, and whether a policy value replaced the guide's. */
export interface PolicyLine {
  text: string;
  guideText: string;
  policyValue: boolean;
}

function fill(template: string, terms: PolicyTerms): string {
  return template
    .replace('{couponAmount}', formatWon(terms.couponAmount))
    .replace('{repeatThreshold}', String(terms.repeatThreshold))
    .replace('{couponsPerMonth}', String(terms.couponsPerMonth));
}

/**
 * The guide's column for one kind, with the amounts and thresholds of the policy in force put
 * where the guide wrote its own; a line whose words changed so says (policyValue), and keeps the
 * guide's wording beside it.
 */
export function guidePolicyColumn(kind: PolicyKind, terms: PolicyTerms): { key: PolicyRowKey; label: string; lines: PolicyLine[] }[] {
  const column = GUIDE_POLICY_TABLE[kind];
  return (Object.keys(POLICY_ROW_LABEL) as PolicyRowKey[]).map((key) => ({
    key,
    label: POLICY_ROW_LABEL[key],
    lines: column.rows[key].map((template) => {
      const text = fill(template, terms);
      const guideText = fill(template, GUIDE_POLICY_VALUES);
      return { text, guideText, policyValue: text !== guideText };
    }),
  }));
}

/**
 * The guide's script (정기권 미적용 문의, 보관 25.05.02), word for word: agents read these lines
 * to customers, so they are product content, not copy to improve. tests/unit/guide-script.test.ts
 * checks every line against the guide in ../shared/seed. "OOO" is the guide's placeholder for
 * the lot's name.
 */
export const GUIDE_STEPS = [
  {
    key: 'BASIC_CARE',
    number: 1,
    title: '기본안내(감성케어+본인확인+정기권 확인)',
    branches: [
      {
        key: 'ALWAYS',
        label: null,
        lines: [
          '정기권 등록이 확인되지 않아 많이 당황스러우셨을 텐데요. 이용에 불편을 드려 죄송합니다.',
          '정확한 안내를 위해 확인 후 안내 도와드리겠습니다.',
          '문의하신 카카오 T 계정 가입자 본인이십니까?',
          '소중한 정보확인 감사합니다.',
          'OOO 주차장 정기권으로 확인됩니다.',
        ],
      },
    ],
  },
  {
    key: 'EXIT_CHECK',
    number: 2,
    title: '출차여부 탐색',
    branches: [
      { key: 'ALWAYS', label: null, lines: ['실례지만 바로 출차하실 예정이실까요?'] },
      {
        key: 'CALL_BUTTON',
        label: '출차 예정',
        lines: ['그러시군요, 번거로우시겠지만 출차부의 호출버튼 이용하여 월정기권 이용 차량임을 말씀하여 출차 부탁드려도 괜찮으실까요?'],
      },
      {
        key: 'EXIT_REQUEST',
        label: '출차 호출 버튼 없음 주장 - 주차장 OB 요청',
        lines: [
          '주차장 현장으로 고객님의 상황 전달하여 출차처리 될 수 있도록 요청하겠습니다.',
          '현장 주차장 확인을 위해 5분 정도 소요될 수 있는 점 양해 부탁드립니다. 잠시만 기다려주시겠습니까?',
        ],
      },
      // The guide's lines after the wait: read once the lot has let the car out (the exit
      // request ACKNOWLEDGED), so the case page shows them only then.
      {
        key: 'AFTER_EXIT_WAIT',
        label: null,
        lines: [
          '오랜 시간 기다려주셔서 감사합니다.',
          '고객님의 출차 도와드릴 텐데요. 출차부 앞으로 이동 부탁드립니다.',
          '편리한 서비스 기대하셨을 텐데 원활한 서비스를 제공하지 못하여 다시 한번 사과의 말씀을 드립니다.',
        ],
      },
      { key: 'REGISTRATION', label: null, lines: ['운영사 측으로 정기권 정상 등록여부 확인 및 등록요청을 하겠습니다.'] },
    ],
  },
  {
    key: 'ONSITE_PAYMENT',
    number: 3,
    title: '현장결제 발생',
    branches: [
      {
        key: 'ALWAYS',
        label: null,
        lines: [
          '실례지만 주차장 출차 시 현장결제가 발생하였을까요?',
          '번거로우시겠지만 출차 시 현장결제 발생한 결제내역을 사진으로 첨부 가능할까요?',
          '첨부해 주셔서 감사합니다.',
          '발생한 현장결제 내역은 담당부서 전달하여 현장결제 취소 접수 도와드리겠습니다.',
          '또한 정기권 등록 여부도 확인하여 문자로 안내드리도록 하겠습니다.',
          '카카오 T를 이용하시면서 좋은 경험을 드렸어야 했는데, 불편드려 정말 죄송합니다.',
          '정기권 등록 여부는 최대한 빠르게 확인될 수 있도록 제가 더 신경 쓰겠습니다.',
          '확인되는 즉시 빠르게 문자로 안내드리도록 하겠습니다.',
        ],
      },
    ],
  },
  {
    key: 'COMPENSATION',
    number: 4,
    title: '고객 지속 불만 시 정기권 보상 정책 참고',
    // The omission column of the policy table below, with the guide's own amounts.
    branches: (['FIRST_RESPONSE', 'SECOND_RESPONSE', 'FLOW'] as const).map((key) => ({
      key,
      label: POLICY_ROW_LABEL[key],
      lines: guidePolicyColumn('OPERATOR_OMISSION', GUIDE_POLICY_VALUES)
        .find((row) => row.key === key)!
        .lines.map((line) => line.text),
    })),
  },
] as const;

/** A step of the guide's response flow (응대 순서). */
export type GuideStepKey = (typeof GUIDE_STEPS)[number]['key'];

/**
 * The steps' keys in the flow's order, for zod, the GraphQL enum GuideStepKey and the pages'
 * step anchors (tests/integration/enum-values.test.ts holds them to GUIDE_STEPS and the schema).
 */
export const GUIDE_STEP_KEYS = ['BASIC_CARE', 'EXIT_CHECK', 'ONSITE_PAYMENT', 'COMPENSATION'] as const satisfies readonly GuideStepKey[];

/** The guide's "OOO 주차장" line with the lot's name in place of the placeholder. */
export function withLotName(line: string, lotName: string): string {
  return line.replace('OOO 주차장', lotName.endsWith('주차장') ? lotName : `${lotName} 주차장`);
}
