import { limits } from '@fulcrum/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { FormError } from '../../../ui/alert.tsx';
import { TextField } from '../../../ui/field.tsx';
import { useFormProblem } from '../../../ui/use-form-problem.ts';
import { createSession } from '../api.ts';
import { useSessionContext } from '../hooks/use-session.tsx';
import { useDocumentTitle } from '../../../ui/use-document-title.ts';

const fields = ['email', 'password'] as const;

/** Only same-site paths are followed after sign-in, never another origin. */
const safeNext = (value: string | null): string =>
  value !== null && value.startsWith('/') && !value.startsWith('//') ? value : '/';

/** The sign-in form. */
export const LoginPage = () => {
  useDocumentTitle('Sign in');
  const { state, setSession } = useSessionContext();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [isSubmitting, setIsSubmitting] = useState(false);
  const problem = useFormProblem(fields);
  const next = safeNext(params.get('next'));

  if (state.status === 'signed-in') return <Navigate to={next} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    problem.clear();
    setIsSubmitting(true);
    try {
      const session = await createSession({ email: email.trim(), password });
      setSession(session);
      void navigate(next, { replace: true });
    } catch (error) {
      problem.setProblem(error);
      setIsSubmitting(false);
    }
  };

  return (
    <main className="login">
      <div className="login__panel">
        <div className="login__brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">Fulcrum</span>
        </div>
        <h1 className="login__title">Sign in</h1>
        <p className="login__subtitle">The trust ledger for your account team.</p>
        <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
          <FormError message={problem.formError} otherErrors={problem.otherErrors} />
          <TextField
            label="Email"
            type="email"
            value={email}
            onChange={setEmail}
            autoComplete="username"
            autoFocus
            isRequired
            maxLength={limits.emailMax}
            error={problem.fieldError('email')}
          />
          <TextField
            label="Password"
            type="password"
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            isRequired
            maxLength={limits.passwordMax}
            error={problem.fieldError('password')}
          />
          <button
            type="submit"
            className="button button--primary button--block"
            disabled={isSubmitting}
          >
            {isSubmitting ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
    </main>
  );
};
