'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

const NEW_CASE_PATH = '/agent/cases/new';

/** Typing into a field must never trigger a shortcut. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The prominent "새 상담" link; "n" anywhere outside a field does the same. */
export function NewCaseLink() {
  const t = useTranslations('agent.newCaseLink');
  const router = useRouter();

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'n' && event.key !== 'N') return;
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      router.push(NEW_CASE_PATH);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [router]);

  return (
    <div className="new-case">
      <Link href={NEW_CASE_PATH} className="button button-primary button-large" aria-keyshortcuts="n">
        {t('label')}
      </Link>
      <span className="field-hint" aria-hidden="true">
        {t.rich('shortcut', { key: (chunks) => <kbd>{chunks}</kbd> })}
      </span>
    </div>
  );
}
