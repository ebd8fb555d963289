// Need-to-know: chiefs' names and phones are personal data. Roles outside PERSONAL_DATA_ROLES get
// them masked in every output (JSON API, OGC); tiles never carry them.

/** "张建国" → "张**": the first character stays so that a card still reads as a name. */
export const maskName = (name: string | null): string | null =>
  name === null ? null : name.length <= 1 ? '*' : `${[...name][0]}${'*'.repeat(Math.max(1, [...name].length - 1))}`;

/** "13912345678" → "139****5678". */
export const maskPhone = (phone: string): string =>
  phone.length <= 7 ? '*'.repeat(phone.length) : `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;

/** Properties holding personal data, by name, wherever they appear (zones' `chief`). */
export const PERSONAL_PROPERTIES: ReadonlySet<string> = new Set(['chief']);

export function maskProperties<T extends Record<string, unknown>>(properties: T): T {
  const out: Record<string, unknown> = { ...properties };
  for (const name of PERSONAL_PROPERTIES) if (typeof out[name] === 'string') out[name] = maskName(out[name] as string);
  return out as T;
}
