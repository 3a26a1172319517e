// Numbers as residents read them, in the current language: "600 m", "2,3 km" (nl) / "2.3 km" (en).

/** A distance rounded to what matters on foot: tens of metres nearby, tenths of km further. */
export function formatDistance(meters: number, language: string): string {
  if (meters < 1000) {
    const rounded = Math.max(10, Math.round(meters / 10) * 10);
    return new Intl.NumberFormat(language, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(rounded);
  }
  const km = meters / 1000;
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: km < 10 ? 1 : 0,
  }).format(km);
}

export function formatCount(n: number, language: string): string {
  return new Intl.NumberFormat(language).format(n);
}

/** "Pools" / "Polish" for "pl"; the code itself if the browser does not know it. */
export function languageName(code: string, language: string): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(language) + name.slice(1) : code;
  } catch {
    return code;
  }
}
