// /beheer: the steward's queues (stewards and admins; others are told kindly it is not for them).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../components/Link.tsx';
import { SignedIn } from '../features/editor/SignedIn.tsx';
import { ModerationQueue } from '../features/moderation/ModerationQueue.tsx';

export function ModerationPage() {
  const { t } = useTranslation('moderation');
  useEffect(() => {
    document.title = `${t('title')} – ${t('common:siteName')}`;
  }, [t]);
  return (
    <SignedIn title={t('title')} back="/beheer">
      {(user) =>
        user.role === 'steward' || user.role === 'admin' ? (
          <section className="sk-owner sk-queue">
            <h1>{t('title')}</h1>
            <p className="sk-owner__lead">{t('intro')}</p>
            <ModerationQueue />
          </section>
        ) : (
          <section className="sk-owner">
            <h1>{t('title')}</h1>
            <p>{t('notForYou')}</p>
            <p>
              <Link to="/mijn-aanbod">{t('toMyListings')}</Link>
            </p>
          </section>
        )
      }
    </SignedIn>
  );
}
