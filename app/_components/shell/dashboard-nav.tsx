'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { usePathname } from 'next/navigation';
import type { Role } from '@/graphql/generated/client/graphql';
import type { Messages } from '@/lib/i18n/messages';
import styles from './shell.module.css';

interface NavItem {
  href: string;
  label: keyof Messages['shell']['nav'];
}

/** Each role's pages; later releases add theirs here. */
export const NAV_OF: Record<Role, readonly NavItem[]> = {
  AGENT: [{ href: '/agent', label: 'agentCases' }],
  // The page is the request desk (its h1 says so); the lots are a section further down it.
  OPERATOR: [
    { href: '/operator', label: 'operatorRequests' },
    { href: '/operator#lots', label: 'operatorLots' },
  ],
  MANAGER: [
    { href: '/manager', label: 'managerOverview' },
    { href: '/manager/policy', label: 'managerPolicy' },
    { href: '/manager/refunds', label: 'managerRefunds' },
    { href: '/manager/cancellations', label: 'managerCancellations' },
    { href: '/manager/users', label: 'managerUsers' },
    { href: '/manager/targets', label: 'managerTargets' },
    { href: '/manager/access-log', label: 'managerAccessLog' },
  ],
};

/** The role's navigation; the link of the current page is marked for assistive tech. */
export function DashboardNav({ role }: { role: Role }) {
  const t = useTranslations('shell');
  const pathname = usePathname();
  return (
    <nav className={styles.nav} aria-label={t('mainMenu')}>
      <ul>
        {NAV_OF[role].map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item.href === pathname ? 'page' : undefined}>
              {t(`nav.${item.label}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
