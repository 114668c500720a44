'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { SIGN_IN_LOCKED_ERROR } from '@/lib/domain/sign-in-lockout';

const BAD_CREDENTIALS = '이메일 또는 비밀번호가 올바르지 않습니다.';
const LOCKED = '로그인 실패가 반복되어 15분 동안 로그인할 수 없습니다. 잠시 후 다시 시도하거나 관리자에게 문의해 주세요.';

/** The message for an error code next-auth reports (in ?error= or signIn's result). */
function failureMessage(code: string): string {
  return code === SIGN_IN_LOCKED_ERROR ? LOCKED : BAD_CREDENTIALS;
}
const UNREACHABLE = '서버에 연결하지 못했습니다. 잠시 후 다시 시도해 주세요.';

/** Email and password sign-in; on success "/" sends the viewer to their dashboard. */
export function LoginForm({ initialError = null }: { initialError?: string | null }) {
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(initialError ? failureMessage(initialError) : null);

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
        setError(failureMessage(result?.error ?? ''));
        setPending(false);
        return;
      }
      // Stay pending while the dashboard loads, so the form cannot be sent twice.
      router.replace('/');
      router.refresh();
    } catch {
      setError(UNREACHABLE);
      setPending(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit} aria-describedby={error ? `${id}-error` : undefined}>
      <div className="field">
        <label htmlFor={`${id}-email`}>이메일</label>
        <input id={`${id}-email`} className="input" name="email" type="email" autoComplete="username" required />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>비밀번호</label>
        <input
          id={`${id}-password`}
          className="input"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
      </div>
      {error && (
        <p id={`${id}-error`} className="alert" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary button-block" disabled={pending}>
        {pending ? '로그인 중…' : '로그인'}
      </button>
    </form>
  );
}
