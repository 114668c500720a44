import type { VocKind } from '@/graphql/generated/client/graphql';

/** The three VOC kinds in the guide's order (정기권 보상정책 table); their words are labels.vocKind. */
export const VOC_KINDS: readonly VocKind[] = ['OPERATOR_OMISSION', 'EQUIPMENT_FAULT', 'REFUND_CLAIM'];
