// The frame around every page (skip link, header, footer) and which page a URL shows.
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './components/LanguageSwitch.tsx';
import { Link } from './components/Link.tsx';
import { AccountMenu } from './features/account/AccountMenu.tsx';
import { accountPage } from './features/account/routes.tsx';
import { OwnershipLinks } from './features/editor/OwnershipLinks.tsx';
import { FavouritesPage } from './pages/FavouritesPage.tsx';
import { ListingPage } from './pages/ListingPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { ownershipPage } from './pages/ownership.tsx';
import { PrintPage } from './pages/PrintPage.tsx';
import { ResultsPage } from './pages/ResultsPage.tsx';
import { StartPage } from './pages/StartPage.tsx';
import { useRoute, type Route } from './router.ts';

/** URL paths are Dutch, as residents share them: /zoeken, /aanbod/:id, /bewaard, /printen. */
function page(route: Route) {
  const listing = /^\/aanbod\/([0-9a-f-]{36})$/.exec(route.path);
  if (route.path === '/') return <StartPage />;
  if (route.path === '/zoeken') return <ResultsPage route={route} />;
  if (listing) return <ListingPage id={listing[1]!} />;
  if (route.path === '/bewaard') return <FavouritesPage />;
  if (route.path === '/printen') return <PrintPage route={route} />;
  // Signing in, account, "Klopt dit nog?" and "Meld een initiatief" (each loaded when opened).
  const account = accountPage(route);
  if (account) return account;
  // Mijn aanbod, the listing editor and the steward's queues (loaded when opened).
  const owned = ownershipPage(route);
  if (owned) return owned;
  return <NotFoundPage />;
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <div className="sk-page">
      <a className="sk-skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="sk-header">
        <Link to="/" className="sk-header__home">
          {t('siteName')}
        </Link>
        <nav aria-label={t('mainNavigation')} className="sk-header__nav">
          <Link to="/bewaard">{t('favourites')}</Link>
          <OwnershipLinks />
          <LanguageSwitch />
          <AccountMenu route={route} />
        </nav>
      </header>
      <main id="main" className="sk-main" tabIndex={-1}>
        {page(route)}
      </main>
      <footer className="sk-footer">
        <p>{t('footerHelp')}</p>
        <p>
          {t('submit:footer')} <Link to="/meld-een-initiatief">{t('submit:footerLink')}</Link>
        </p>
      </footer>
    </div>
  );
}
