/**
 * What the case record says when the agent asked the customer to use the exit's call button.
 * A record, not a label: it is stored and read back in Korean whatever language the agent reads.
 */
export const CALL_BUTTON_GUIDANCE = '호출버튼 이용 안내';
