// Pages for people with an account: wait for the session, and without one say how to sign in
// (and come back here afterwards).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionAnswer } from '../../api/client.ts';
import { Link } from '../../components/Link.tsx';
import { useSession } from '../account/session.ts';
import './editor.css';

export type User = NonNullable<SessionAnswer['user']>;

export function SignedIn({ title, back, children }: { title: string; back: string; children: (user: User) => ReactNode }) {
  const { t } = useTranslation('editor');
  const session = useSession();
  if (session.status === 'loading')
    return (
      <p role="status" className="sk-owner">
        {t('common:loading')}
      </p>
    );
  const user = session.session.user;
  if (!user)
    return (
      <section className="sk-owner">
        <h1>{title}</h1>
        <p>{t('signIn.text')}</p>
        <p>
          <Link to="/inloggen" query={{ terug: back }} className="sk-button">
            {t('signIn.link')}
          </Link>
        </p>
      </section>
    );
  return <>{children(user)}</>;
}
