// Pages loaded only when opened (owners', stewards' and account pages): a short "loading" line
// while their code arrives.
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('loading')}</p>;
}

export const lazyPage = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;
