// Header links for signed-in people: "Mijn aanbod", and "Beheer" for stewards and admins. Its
// words are in the small `ownership` catalog: the editor's own catalogs load with its pages.
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link.tsx';
import { useSession } from '../account/session.ts';

export function OwnershipLinks() {
  const { t } = useTranslation('ownership');
  const session = useSession();
  const user = session.status === 'ready' ? session.session.user : null;
  if (!user) return null;
  return (
    <>
      <Link to="/mijn-aanbod">{t('nav.myListings')}</Link>
      {(user.role === 'steward' || user.role === 'admin') && <Link to="/beheer">{t('nav.moderation')}</Link>}
    </>
  );
}
