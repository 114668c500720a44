import type { parkingLots } from '../schema';

type Integration = (typeof parkingLots.$inferInsert)['integration'];

/** The demo operators (운영사); the first one is the one operator@demo.test works for. */
export const DEMO_OPERATORS = ['한빛파킹', '온누리주차운영', '새솔모빌리티'] as const;

/** A demo lot, with what makes it behave the way the demo story needs. */
export interface LotSpec {
  name: string;
  address: string;
  operator: (typeof DEMO_OPERATORS)[number];
  integration: Integration;
  hasExitCallButton: boolean;
  /** As it would be typed in; stored as digits like customers' phones. */
  phone: string;
  /** The usual monthly price, KRW. */
  monthlyPrice: number;
  /** How often its pass holders hit an operator omission, relative to the others. */
  omissionWeight: number;
  /** Extra weight in the current month: the lot that got worse than last month. */
  currentMonthOmissionWeight?: number;
}

/**
 * Lots in Seoul and 경기. 강남역 (manual registration, no call button) fails most; 공덕 gets
 * clearly worse in the current month, so the report's "worse than last month" has a row.
 */
export const DEMO_LOTS: readonly LotSpec[] = [
  {
    name: '한빛파킹 강남역 제1주차장',
    address: '서울특별시 강남구 테헤란로 152',
    operator: '한빛파킹',
    integration: 'NON_LINKED',
    hasExitCallButton: false,
    phone: '02-3452-7781',
    monthlyPrice: 250_000,
    omissionWeight: 6,
  },
  {
    name: '한빛파킹 역삼 센터 주차장',
    address: '서울특별시 강남구 논현로 508',
    operator: '한빛파킹',
    integration: 'LINKED',
    hasExitCallButton: true,
    phone: '02-558-1204',
    monthlyPrice: 220_000,
    omissionWeight: 0.7,
  },
  {
    name: '한빛파킹 판교 테크노밸리 주차장',
    address: '경기도 성남시 분당구 판교역로 166',
    operator: '한빛파킹',
    integration: 'LINKED',
    hasExitCallButton: true,
    phone: '031-707-3390',
    monthlyPrice: 150_000,
    omissionWeight: 0.8,
  },
  {
    name: '온누리 마포 공덕 주차장',
    address: '서울특별시 마포구 마포대로 92',
    operator: '온누리주차운영',
    integration: 'NON_LINKED',
    hasExitCallButton: true,
    phone: '02-712-4455',
    monthlyPrice: 180_000,
    omissionWeight: 2.5,
    currentMonthOmissionWeight: 7,
  },
  {
    name: '온누리 영등포 타임스퀘어 주차장',
    address: '서울특별시 영등포구 영중로 15',
    operator: '온누리주차운영',
    integration: 'LINKED',
    hasExitCallButton: false,
    phone: '02-2638-9012',
    monthlyPrice: 160_000,
    omissionWeight: 1,
  },
  {
    name: '온누리 수원 인계동 주차장',
    address: '경기도 수원시 팔달구 효원로 307',
    operator: '온누리주차운영',
    integration: 'NON_LINKED',
    hasExitCallButton: false,
    phone: '031-236-5520',
    monthlyPrice: 90_000,
    omissionWeight: 1.2,
  },
  {
    name: '새솔 일산 호수공원 주차장',
    address: '경기도 고양시 일산동구 호수로 731',
    operator: '새솔모빌리티',
    integration: 'NON_LINKED',
    hasExitCallButton: true,
    phone: '031-905-7314',
    monthlyPrice: 100_000,
    omissionWeight: 1,
  },
  {
    name: '새솔 송파 문정 주차장',
    address: '서울특별시 송파구 법원로 128',
    operator: '새솔모빌리티',
    integration: 'LINKED',
    hasExitCallButton: false,
    phone: '02-406-2287',
    monthlyPrice: 200_000,
    omissionWeight: 0.8,
  },
];
