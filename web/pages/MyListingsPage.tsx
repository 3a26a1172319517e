// /mijn-aanbod: the listings of my organisations (signed in).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MyListings } from '../features/editor/MyListings.tsx';
import { SignedIn } from '../features/editor/SignedIn.tsx';

export function MyListingsPage() {
  const { t } = useTranslation('editor');
  useEffect(() => {
    document.title = `${t('mine.title')} – ${t('common:siteName')}`;
  }, [t]);
  return (
    <SignedIn title={t('mine.title')} back="/mijn-aanbod">
      {(user) => <MyListings user={user} />}
    </SignedIn>
  );
}
