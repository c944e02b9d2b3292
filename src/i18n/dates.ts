/**
 * News dates as the seed page prints them: `28 dekabr 2022 | 16:02`.
 *
 * Month names come from the message tables rather than `Intl`: Chromium's ICU
 * data has no Azerbaijani month names (`2022 M12 28`), gives `28 декабря
 * 2022 г.` in Russian and `December 28, 2022` in plain `en`, and other engines
 * ship other data. One pattern with shipped names reads the same everywhere.
 *
 * Times are wall-clock as written. A value with an offset or `Z` still shows
 * the time the site wrote, not the visitor's local time: a district's news is
 * read in the district's time, and the same page must not show different
 * times to different visitors. The `<time datetime>` keeps the full value for
 * machines.
 */
import { MESSAGES, type Lang } from './messages.js';

/** The parts of an ISO 8601 date or date-time that are shown. */
export interface WallClock {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
  /** absent for a date-only value */
  readonly hour?: number;
  readonly minute?: number;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads `YYYY-MM-DD`, optionally followed by `T` (or a space) and `HH:MM`,
 * seconds, fractions and an offset; null for anything else or an impossible
 * date or time.
 */
export function parseDateTime(value: string | null | undefined): WallClock | null {
  const match = ISO.exec((value ?? '').trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (h === undefined) return { year, month, day };
  const hour = Number(h);
  const minute = Number(mi);
  if (hour > 23 || minute > 59 || (s !== undefined && Number(s) > 59)) return null;
  if (offset && !/^z$/i.test(offset)) {
    const digits = offset.replace(':', '');
    if (Number(digits.slice(1, 3)) > 23 || Number(digits.slice(3, 5) || '0') > 59) return null;
  }
  return { year, month, day, hour, minute };
}

const warned = new Set<string>();

/**
 * `28 dekabr 2022 | 16:02` (az), `28 December 2022 | 16:02` (en),
 * `28 декабря 2022 | 16:02` (ru); the date alone for a date-only value; ""
 * for a missing value, and "" with one console warning per value for an
 * invalid one.
 */
export function formatDateTime(value: string | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || value.trim() === '') return '';
  const parts = parseDateTime(value);
  if (!parts) {
    if (!warned.has(value)) {
      warned.add(value);
      console.warn(`oxu: ${JSON.stringify(value)} is not an ISO 8601 date or date-time (e.g. 2022-12-28T16:02); no date is shown`);
    }
    return '';
  }
  const date = `${parts.day} ${MESSAGES[lang].months[parts.month - 1]} ${parts.year}`;
  if (parts.hour === undefined || parts.minute === undefined) return date;
  return `${date} | ${pad(parts.hour)}:${pad(parts.minute)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
