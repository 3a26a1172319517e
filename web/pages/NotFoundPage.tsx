import { useTranslation } from 'react-i18next';
import { Link } from '../components/Link.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to="/">{t('notFound.toStart')}</Link>
      </p>
    </section>
  );
}
