// Optimistic concurrency over HTTP: the version is the ETag, writes must name it in If-Match.
import { ProblemError } from '../plugins/errors.ts';

export const etagOf = (version: number) => `"${version}"`;

/**
 * The version a write may apply to. Without If-Match: 428 (we never guess); with a list of
 * ETags (RFC 9110 allows several) the write applies if any matches; `*` matches any version.
 */
export function requireIfMatch(header: string | undefined, currentVersion: number): void {
  if (header === undefined || header.trim() === '') {
    throw new ProblemError(
      'precondition-required',
      'Stuur de versie die je hebt gelezen mee in de If-Match-header (de ETag van het GET-antwoord).',
    );
  }
  if (header.trim() === '*') return;
  const versions = header.split(',').map((tag) => tag.trim().replace(/^W\//, '').replace(/^"|"$/g, ''));
  if (!versions.includes(String(currentVersion))) {
    throw new ProblemError(
      'precondition-failed',
      `Je hebt versie ${versions.join(', ')} gelezen, maar de huidige versie is ${currentVersion}. Haal de nieuwste versie op en probeer het opnieuw.`,
    );
  }
}
