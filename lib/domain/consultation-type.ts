/** The guide's consultation type: 주차_고객 ▶ 서비스 이용/정책 ▶ 정기권 문의 ▶ 정기권 미적용(연동|비연동). */
export function consultationType(integration: 'LINKED' | 'NON_LINKED'): string[] {
  return ['주차_고객', '서비스 이용/정책', '정기권 문의', integration === 'LINKED' ? '정기권 미적용(연동)' : '정기권 미적용(비연동)'];
}
