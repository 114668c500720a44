'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { SIGN_IN_LOCKED_ERROR, SIGN_IN_RATE_LIMITED_ERROR } from '@/lib/domain/sign-in-lockout';

/** Which sentence an error code next-auth reports (in ?error= or signIn's result) gets. */
function failureKey(code: string): 'locked' | 'rateLimited' | 'badCredentials' {
  if (code === SIGN_IN_LOCKED_ERROR) return 'locked';
  return code === SIGN_IN_RATE_LIMITED_ERROR ? 'rateLimited' : 'badCredentials';
}

/** Email and password sign-in; on success "/" sends the viewer to their dashboard. */
export function LoginForm({ initialError = null }: { initialError?: string | null }) {
  const t = useTranslations();
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState(false);
  // Until React has taken over the form, a submit would be the browser's own: off until then.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const [error, setError] = useState<string | null>(initialError ? t(`auth.${failureKey(initialError)}`) : null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        redirect: false,
      });
      if (!result?.ok || result.error) {
        setError(t(`auth.${failureKey(result?.error ?? '')}`));
        setPending(false);
        return;
      }
      // Stay pending while the dashboard loads, so the form cannot be sent twice.
      router.replace('/');
      router.refresh();
    } catch {
      setError(t('errors.api.unreachable'));
      setPending(false);
    }
  }

  return (
    // method="post": should the browser ever send the form itself, the password stays out of the URL.
    <form className="form" method="post" onSubmit={handleSubmit} aria-describedby={error ? `${id}-error` : undefined}>
      <div className="field">
        <label htmlFor={`${id}-email`}>{t('auth.email')}</label>
        <input id={`${id}-email`} className="input" name="email" type="email" autoComplete="username" required />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('auth.password')}</label>
        <input id={`${id}-password`} className="input" name="password" type="password" autoComplete="current-password" required />
      </div>
      {error && (
        <p id={`${id}-error`} className="alert" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary button-block" disabled={pending || !ready}>
        {pending ? t('auth.submitting') : t('auth.submit')}
      </button>
    </form>
  );
}
