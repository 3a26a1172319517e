// Dutch postcodes: "1014 AA" (4 digits + 2 letters) or just the 4 digits ("1014", a PC4 area).
//
// Lenient on what people type, strict on what we store:
// - accepted: "1014 AA", "1014aa", " 1014  AA ", "1014\u00a0AA" (pasted), "1014-AA", "1014";
// - the output is always "1014 AA" or "1014".
// "1014-AA" is accepted because the meaning is unambiguous and some forms and spreadsheets
// write it so; rejecting it would only make a resident retype. Only one hyphen, between the
// digits and the letters.
//
// Rejected: a first digit 0 (no Dutch postcode starts with 0), the letter pairs SA, SD and SS
// (never issued in the Netherlands, because of their associations with WWII), anything else.

export type PostcodeResult =
  | { ok: true; pc4: string; letters: string | undefined; normalized: string }
  | { ok: false; reason: string };

/** Far longer than any sensible way of typing a postcode: refuse before doing any work. */
const MAX_INPUT_LENGTH = 50;

const SHAPE = /^(\d{4})(?:\s*-?\s*([A-Za-z]{2}))?$/;
const NOT_ISSUED = new Set(['SA', 'SD', 'SS']);

const reasons = {
  empty: 'Vul een postcode in, zoals 1014 AA.',
  shape: 'Een postcode is 4 cijfers en 2 letters, zoals 1014 AA.',
  leadingZero: 'Een postcode begint niet met een 0. Kijk of de cijfers goed zijn.',
  notIssued: 'Een postcode eindigt nooit op SA, SD of SS. Kijk of de letters goed zijn.',
} as const;

export function parsePostcode(input: string): PostcodeResult {
  if (input.length > MAX_INPUT_LENGTH) return { ok: false, reason: reasons.shape };
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, reason: reasons.empty };

  const match = SHAPE.exec(trimmed);
  if (!match) return { ok: false, reason: reasons.shape };
  const pc4 = match[1]!;
  const letters = match[2]?.toUpperCase();

  if (pc4.startsWith('0')) return { ok: false, reason: reasons.leadingZero };
  if (letters !== undefined && NOT_ISSUED.has(letters)) return { ok: false, reason: reasons.notIssued };
  return { ok: true, pc4, letters, normalized: letters === undefined ? pc4 : `${pc4} ${letters}` };
}
