'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

/** Ends the session and returns to sign-in. */
export function SignOutButton() {
  const t = useTranslations('shell');
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="button button-secondary"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: '/login' }).catch(() => setPending(false));
      }}
    >
      {t('signOut')}
    </button>
  );
}
