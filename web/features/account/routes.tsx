// The account and public-contribution pages, each loaded only when opened: residents who search
// never download them.
import { lazy, type ReactNode } from 'react';
import { lazyPage } from '../../components/lazyPage.tsx';
import type { Route } from '../../router.ts';

const LoginPage = lazy(() => import('../../pages/LoginPage.tsx').then((m) => ({ default: m.LoginPage })));
const ForgotPasswordPage = lazy(() => import('../../pages/ForgotPasswordPage.tsx').then((m) => ({ default: m.ForgotPasswordPage })));
const ResetPasswordPage = lazy(() => import('../../pages/ResetPasswordPage.tsx').then((m) => ({ default: m.ResetPasswordPage })));
const InvitationPage = lazy(() => import('../../pages/InvitationPage.tsx').then((m) => ({ default: m.InvitationPage })));
const AccountPage = lazy(() => import('../../pages/AccountPage.tsx').then((m) => ({ default: m.AccountPage })));
const DevOutboxPage = lazy(() => import('../../pages/DevOutboxPage.tsx').then((m) => ({ default: m.DevOutboxPage })));
const FreshnessCheckPage = lazy(() => import('../../pages/FreshnessCheckPage.tsx').then((m) => ({ default: m.FreshnessCheckPage })));
const SubmitInitiativePage = lazy(() => import('../../pages/SubmitInitiativePage.tsx').then((m) => ({ default: m.SubmitInitiativePage })));

/** The page for an account URL, or null when the URL is not one of these. */
export function accountPage(route: Route): ReactNode | null {
  const check = /^\/klopt-dit-nog\/([0-9a-f-]{36})$/.exec(route.path);
  if (check) return lazyPage(<FreshnessCheckPage id={check[1]!} route={route} />);
  switch (route.path) {
    case '/inloggen':
      return lazyPage(<LoginPage route={route} />);
    case '/wachtwoord-vergeten':
      return lazyPage(<ForgotPasswordPage />);
    case '/wachtwoord-herstellen':
      return lazyPage(<ResetPasswordPage route={route} />);
    case '/uitnodiging':
      return lazyPage(<InvitationPage route={route} />);
    case '/account':
      return lazyPage(<AccountPage />);
    case '/dev/berichten':
      return lazyPage(<DevOutboxPage />);
    case '/meld-een-initiatief':
      return lazyPage(<SubmitInitiativePage />);
    default:
      return null;
  }
}
