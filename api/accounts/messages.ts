// The e-mails the product sends, in Dutch (B1), with the English below for those who need it.
import type { Mail } from './mail.ts';

export function invitationMail(to: string, invitedBy: string, organisation: string | null, link: string): Mail {
  const forWhat = organisation ? ` om het aanbod van ${organisation} bij te houden` : '';
  return {
    to,
    subject: 'Uitnodiging voor de Sociale Kaart',
    text: [
      `Hallo,`,
      ``,
      `${invitedBy} nodigt je uit voor de Sociale Kaart${forWhat}.`,
      `Kies je wachtwoord via deze link (7 dagen geldig):`,
      ``,
      link,
      ``,
      `Verwachtte je dit niet? Dan kun je dit bericht negeren.`,
      ``,
      `— You are invited to the Sociale Kaart. Choose your password with the link above (valid for 7 days).`,
    ].join('\n'),
  };
}

export function resetMail(to: string, link: string): Mail {
  return {
    to,
    subject: 'Nieuw wachtwoord voor de Sociale Kaart',
    text: [
      `Hallo,`,
      ``,
      `Je hebt een nieuw wachtwoord aangevraagd. Kies het via deze link (1 uur geldig, één keer te gebruiken):`,
      ``,
      link,
      ``,
      `Heb je dit niet zelf aangevraagd? Dan hoef je niets te doen: je wachtwoord blijft hetzelfde.`,
      ``,
      `— Reset your Sociale Kaart password with the link above (valid for 1 hour, once).`,
    ].join('\n'),
  };
}

export function freshnessMail(to: string, title: string, link: string): Mail {
  return {
    to,
    subject: `Klopt dit nog? ${title}`,
    text: [
      `Hallo,`,
      ``,
      `Bewoners vinden "${title}" op de Sociale Kaart. Kloppen de openingstijden en contactgegevens nog?`,
      `Met één klik laat je weten dat alles nog klopt (inloggen is niet nodig):`,
      ``,
      link,
      ``,
      `— Is this still right? One click confirms your listing is up to date (no login needed).`,
    ].join('\n'),
  };
}
