// Reads the dates found in exports and feeds: ISO 8601 / W3CDTF, RFC 822, day/month/year, Unix time.

const months: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  sept: 8,
  oct: 9,
  nov: 10,
  dec: 11,
  janv: 0,
  fev: 1,
  fevr: 1,
  mars: 2,
  avr: 3,
  mai: 4,
  juin: 5,
  juil: 6,
  aou: 7,
  aout: 7,
  dez: 11,
  mrz: 2,
  okt: 9,
  janvier: 0,
  fevrier: 1,
  avril: 3,
  juillet: 6,
  septembre: 8,
  octobre: 9,
  novembre: 10,
  decembre: 11,
};

/** RFC 822 / RFC 2822 zone names and the US zones feeds use, in minutes east of UTC. */
const zones: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  bst: 60,
  eet: 120,
  eest: 180,
  jst: 540,
  ast: -240,
  adt: -180,
  a: -60,
  m: -720,
  n: 60,
  y: 720,
};

function monthOf(name: string): number | undefined {
  const folded = name
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}+/gu, "");
  return months[folded] ?? months[folded.slice(0, 4)] ?? months[folded.slice(0, 3)];
}

function offsetOf(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === "") return 0;
  const numeric = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === "-" ? -minutes : minutes;
  }
  const named = zones[zone.toLowerCase()];
  return named;
}

function utc(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  milliseconds = 0,
  offsetMinutes = 0,
): number | undefined {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60)
    return undefined;
  if (day > daysIn(year, month)) return undefined;
  return Date.UTC(year, month, day, hour, minute, second, milliseconds) - offsetMinutes * 60_000;
}

function daysIn(year: number, month: number): number {
  if (month === 1) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 3 || month === 5 || month === 8 || month === 10 ? 30 : 31;
}

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

const iso =
  /^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?(?:[T\s](\d{1,2})(?::?(\d{2}))?(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?)?$/i;
const rfc822 =
  /^(?:[A-Za-zéû]{2,9}\.?,?\s+)?(\d{1,2})[\s-]+([A-Za-zéûä]{3,9})\.?[\s-]+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?(?:\s*\(.*\))?$/;
const monthFirst =
  /^(?:[A-Za-z]{2,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?$/;
const dayMonthYear =
  /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[\s,T]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The instant a date text names, in UTC milliseconds, or undefined when it is not a date. Without a zone, a time
 * is taken as UTC. Accepts ISO 8601 and W3CDTF (2004-01-01, 2004-01-01T19:48:21+01:00, 20040101T194821Z,
 * "2004-01-01 19:48"), RFC 822/2822 with named zones and two-digit years, "January 1, 2004", French and German
 * month abbreviations, day/month/year with / or . (French and Czech exports), and Unix time in seconds (9–10
 * digits) or milliseconds (12–13 digits).
 */
export function parseDate(value: string): number | undefined {
  const cached = recent.get(value);
  if (cached !== undefined || recent.has(value)) return cached;
  const time = parseUncached(value);
  if (recent.size >= 4096) recent.clear();
  recent.set(value, time);
  return time;
}

/** Exports repeat the same day or second many times over: a small memo saves most of the parsing. */
const recent = new Map<string, number | undefined>();

function parseUncached(value: string): number | undefined {
  const text = value.trim().replace(/\s+/g, " ");
  if (text === "") return undefined;
  if (/^\d{9,10}(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  if (/^\d{12,13}$/.test(text)) return Number(text);
  let m = iso.exec(text);
  if (m) {
    const offset = offsetOf(m[8]);
    if (offset === undefined) return undefined;
    const fraction = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
    return utc(
      Number(m[1]),
      Number(m[2] ?? 1) - 1,
      Number(m[3] ?? 1),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
      fraction,
      offset,
    );
  }
  m = rfc822.exec(text);
  if (m) {
    const month = monthOf(m[2] as string);
    const offset = offsetOf(m[7]);
    if (month === undefined || offset === undefined) return undefined;
    const year = fullYear(m[3] as string);
    return utc(year, month, Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), 0, offset);
  }
  m = monthFirst.exec(text);
  if (m) {
    const month = monthOf(m[1] as string);
    const offset = offsetOf(m[7]);
    if (month === undefined || offset === undefined) return undefined;
    return utc(
      Number(m[3]),
      month,
      Number(m[2]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
      0,
      offset,
    );
  }
  m = dayMonthYear.exec(text);
  if (m) {
    const offset = offsetOf(m[7]);
    if (offset === undefined) return undefined;
    return utc(
      Number(m[3]),
      Number(m[2]) - 1,
      Number(m[1]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
      0,
      offset,
    );
  }
  return undefined;
}

/** The ISO 8601 form of a parsed date ("2004-01-01T19:48:21.000Z"), or undefined. */
export function isoDate(value: string): string | undefined {
  const cached = recentIso.get(value);
  if (cached !== undefined) return cached;
  const time = parseDate(value);
  const iso = time === undefined ? undefined : formatIso(time);
  if (iso !== undefined) {
    if (recentIso.size >= 4096) recentIso.clear();
    recentIso.set(value, iso);
  }
  return iso;
}

const recentIso = new Map<string, string>();

/**
 * `new Date(time).toISOString()` by arithmetic, several times faster on a million rows (civil date from days
 * since 1970 after H. Hinnant, "chrono-compatible low-level date algorithms").
 */
export function formatIso(time: number): string {
  const days = Math.floor(time / 86_400_000);
  let rest = time - days * 86_400_000;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return new Date(time).toISOString();
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const ms = rest - second * 1000;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(ms, 3)}Z`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
