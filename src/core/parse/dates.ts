// Calendar dates as the notes write them: 2026-04-20, or 20-04-2026 as Dutch notes often do.

/** 'YYYY-MM-DD' when the numbers make a real day (no 30 February), else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ISO = /(?<![\p{N}-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}-])/gu;
const DAY_FIRST = /(?<![\p{N}-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\p{N}-])/gu;

/** The first real date in a text, in either form, as 'YYYY-MM-DD'; null when there is none. */
export function firstDate(text: string): string | null {
  if (!/\d-\d/.test(text)) return null;
  const found: { at: number; date: string }[] = [];
  for (const m of text.matchAll(ISO)) {
    const date = isoDate(+m[1], +m[2], +m[3]);
    if (date) found.push({ at: m.index, date });
  }
  for (const m of text.matchAll(DAY_FIRST)) {
    const date = isoDate(+m[3], +m[2], +m[1]);
    if (date) found.push({ at: m.index, date });
  }
  return found.sort((a, b) => a.at - b.at)[0]?.date ?? null;
}
