'use client';

import { Command } from 'cmdk';
import { useTranslations } from 'next-intl';
import { formatInstant } from '../ui/format';
import { CaseStatusBadge } from '../ui/status-badges';
import type { FoundCase } from './use-case-search';
import styles from './palette.module.css';
import { dataLang } from '@/lib/i18n/data-lang';

/** One case in the palette: its code and status, plate, customer and lot, and what matched. */
export function PaletteCaseItem({ found, onSelect }: { found: FoundCase; onSelect: () => void }) {
  const t = useTranslations('keyboard.palette.matchedBy');
  const { node, matchedBy } = found;
  return (
    <Command.Item value={`case:${node.id}`} onSelect={onSelect} className={`${styles.paletteItem} ${styles.paletteCase}`}>
      <span className={styles.paletteCaseHead}>
        <span className={styles.paletteCaseCode}>{node.code}</span>
        <CaseStatusBadge status={node.status} />
        <span className={styles.paletteMatch}>{t(matchedBy)}</span>
      </span>
      <span className={styles.paletteCaseFacts}>
        <span lang={dataLang(node.pass.plate)}>{node.pass.plate}</span>
        <span lang={dataLang(node.customer.name)}>{node.customer.name}</span>
        <span className="muted" lang={dataLang(node.lot.name)}>
          {node.lot.name}
        </span>
        <span className="muted">{formatInstant(node.incidentAt)}</span>
      </span>
    </Command.Item>
  );
}
