// The window title for a page, and a ref for its heading (to move the focus there when the page
// changes what it shows, e.g. from a form to its confirmation).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function usePageTitle(title: string) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const siteName = t('siteName');
  useEffect(() => {
    document.title = `${title} – ${siteName}`;
  }, [title, siteName]);
  return heading;
}
