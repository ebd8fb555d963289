import type { Language } from '../state/store';

// Intl.NumberFormat is costly to build and these run on every render of the KPI bar.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, fractionDigits: number): Intl.NumberFormat {
  const key = `${language}|${fractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 });
    formats.set(key, format);
  }
  return format;
}

/** A count with the language's thousands separators: 5578 → "5,578". */
export function formatCount(value: number, language: Language): string {
  return numberFormat(language, 0).format(value);
}

/** A length in km: one decimal below 100 km, none above (a wall screen wants few digits). */
export function formatKm(valueKm: number, language: Language): string {
  return numberFormat(language, Math.abs(valueKm) < 100 ? 1 : 0).format(valueKm);
}

/** A date-time from the API (ISO 8601) in the language's short form; the raw text if unparsable. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
