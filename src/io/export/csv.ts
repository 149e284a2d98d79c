// Writes tables as CSV (RFC 4180): comma-separated, double quotes doubled, CRLF line ends, UTF-8 with a header row.

export type CsvValue = string | number | boolean | null | undefined;

/** One field: quoted when it holds a comma, a quote, a line break or leading/trailing spaces; null is empty. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The whole table; spreadsheet software opening it reads the header's column names. A byte-order mark is added so
 * that spreadsheet programs read accents right (é, ç), as they otherwise guess a legacy encoding.
 */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  const lines = [columns.map(csvField).join(","), ...rows.map((row) => row.map(csvField).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
