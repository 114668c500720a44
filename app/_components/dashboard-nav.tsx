'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { Role } from '@/graphql/generated/client/graphql';

interface NavItem {
  href: string;
  label: string;
}

/** Each role's pages; later releases add theirs here. */
export const NAV_OF: Record<Role, readonly NavItem[]> = {
  AGENT: [{ href: '/agent', label: '상담 처리' }],
  OPERATOR: [
    { href: '/operator#requests', label: '출차·등록 요청' },
    { href: '/operator', label: '내 주차장' },
  ],
  MANAGER: [
    { href: '/manager', label: '주차장·운영사' },
    { href: '/manager/policy', label: '보상 정책' },
    { href: '/manager/refunds', label: '환불 승인' },
    { href: '/manager/users', label: '계정 관리' },
    { href: '/manager/targets', label: '처리 목표' },
    { href: '/manager/access-log', label: '접근 기록' },
  ],
};

/** The role's navigation; the link of the current page is marked for assistive tech. */
export function DashboardNav({ role }: { role: Role }) {
  const pathname = usePathname();
  return (
    <nav className="nav" aria-label="주 메뉴">
      <ul>
        {NAV_OF[role].map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item.href === pathname ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
