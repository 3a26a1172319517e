// Listing details as residents read them, shared by the listing page and the print page.
import type { Listing } from '../../api/client.ts';

type Location = Listing['locations'][number];

const timeZone = 'Europe/Amsterdam';
export const localeOf = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');

export function formatMoney(amount: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);
}

/** "3 december 2026" for an instant (in Amsterdam time). */
export function formatDate(iso: string, language: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(language), { timeZone, dateStyle: 'long' }).format(d);
}

/** "20 juli 2026" for a calendar date (yyyy-mm-dd), without a time zone shift. */
export function formatDay(date: string, language: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(localeOf(language), { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

/** "Pools" / "Polish" for "pl"; the code itself if the browser does not know it. */
export function languageName(code: string, language: string): string {
  try {
    const name = new Intl.DisplayNames([localeOf(language)], { type: 'language' }).of(code);
    return name && name !== code ? name.charAt(0).toLocaleUpperCase(language) + name.slice(1) : code;
  } catch {
    return code;
  }
}

/** "a, b en c" / "a, b and c". */
export function formatList(items: string[], language: string): string {
  return new Intl.ListFormat(localeOf(language), { type: 'conjunction' }).format(items);
}

/** tel: link for a number as written ("020 123 4567" → tel:0201234567). */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** Directions on OpenStreetMap: a link only, nothing is loaded from there by this site. */
export const routeUrl = (lat: number, lon: number) => `https://www.openstreetmap.org/directions?to=${lat},${lon}`;

/** The address as lines: street and number, postcode and place. */
export function addressLines(location: Location): string[] {
  const street = [location.street, location.houseNumber].filter(Boolean).join(' ');
  const place = [location.postcode, location.place].filter(Boolean).join(' ');
  return [street, place].filter(Boolean);
}

/** Paragraphs of a plain text (blank lines or line breaks between them); never HTML. */
export const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);

/** A website address without https:// and a trailing slash, for reading. */
export const readableUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** "vandaag", "3 dagen geleden", "3 maanden geleden", "2 jaar geleden" for an age in days. */
export function formatAgo(days: number, language: string): string {
  // "vandaag" and "gisteren" read well; "vorig jaar" would be read as the calendar year, so
  // longer ages are always a number ("1 jaar geleden").
  if (days < 2) return new Intl.RelativeTimeFormat(localeOf(language), { numeric: 'auto' }).format(-days, 'day');
  const rtf = new Intl.RelativeTimeFormat(localeOf(language), { numeric: 'always' });
  if (days < 14) return rtf.format(-days, 'day');
  if (days < 60) return rtf.format(-Math.round(days / 7), 'week');
  if (days < 365) return rtf.format(-Math.floor(days / 30.44), 'month');
  return rtf.format(-Math.floor(days / 365.25), 'year');
}
