'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';

/** Ends the session and returns to sign-in. */
export function SignOutButton() {
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
      로그아웃
    </button>
  );
}
