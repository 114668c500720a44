import type { Metadata } from 'next';
import Link from 'next/link';
import { NewCaseFlow } from '@/app/_components/case/new-case-flow';

export const metadata: Metadata = { title: '새 상담' };

/** A new case: the caller's pass first, then the VOC kind and the incident. */
export default function NewCasePage() {
  return (
    <div className="page">
      <div className="page-header">
        <p>
          <Link href="/agent">← 상담 목록</Link>
        </p>
        <h1>새 상담</h1>
        <p className="muted">고객의 정기권을 찾아 선택한 뒤, VOC 유형과 사고 일시를 입력하세요.</p>
      </div>
      <NewCaseFlow />
    </div>
  );
}
