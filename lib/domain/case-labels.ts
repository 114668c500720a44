/** Short names of the VOC kinds, as badges, filters and exports show them. */
export const VOC_KIND_SHORT = {
  OPERATOR_OMISSION: '운영사 등록누락',
  EQUIPMENT_FAULT: '설비이슈/LPR오인식',
  REFUND_CLAIM: '환불요청',
} as const;

/** What a case's status is called on screen and in exports. */
export const CASE_STATUS_LABEL = {
  OPEN: '진행 중',
  WAITING_ON_OPERATOR: '운영사 대기',
  RESOLVED: '종결',
} as const;
