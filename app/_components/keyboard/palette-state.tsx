'use client';

import { useTranslations } from 'next-intl';
import { useApiErrorMessage } from '../ui/api-error';
import type { CaseSearch } from './use-case-search';
import styles from './palette.module.css';

interface PaletteStateProps {
  query: string;
  search: CaseSearch;
  /** Operators: the palette only goes to pages. */
  pagesOnly: boolean;
  nothingShown: boolean;
}

/**
 * What the search is doing, read out as it changes (a polite live region that is always there,
 * so screen readers catch each change): searching, how many cases were found, nothing found and
 * what can be searched, or why the search failed with a retry.
 */
export function PaletteState({ query, search, pagesOnly, nothingShown }: PaletteStateProps) {
  const t = useTranslations('keyboard.palette');
  const tc = useTranslations('common');
  const errorMessage = useApiErrorMessage();
  const typed = query.trim();

  let line: string | null = null;
  let hint = false;
  if (search.searching) line = t('searching');
  else if (nothingShown && typed && !search.error) {
    line = pagesOnly ? t('emptyPagesOnly', { query: typed }) : t('empty', { query: typed });
    hint = !pagesOnly;
  } else if (search.found && search.found.length > 0) line = t('found', { count: search.found.length });

  return (
    <>
      <div className={`${styles.paletteState}${search.searching ? ` ${styles.paletteStateBusy}` : ''}`} role="status" aria-live="polite">
        {line && <p className={styles.paletteStateLine}>{line}</p>}
        {hint && <p className="field-hint">{t('emptyHint')}</p>}
      </div>
      {search.error && (
        <div className={styles.paletteError} role="alert">
          <p>{t('failed', { message: errorMessage(search.error) })}</p>
          <button type="button" className="button button-secondary button-small" onClick={search.retry}>
            {tc('retry')}
          </button>
        </div>
      )}
    </>
  );
}
