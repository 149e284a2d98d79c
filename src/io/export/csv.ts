// Writes tables as CSV (RFC 4180): comma-separated, double quotes doubled, CRLF line ends, UTF-8 with a header row.

export type CsvValue = string | number | boolean | null | undefined;

/**
 * A text a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a leading
 * apostrophe, which spreadsheets show as text (OWASP, "CSV Injection"). Numbers are not texts and stay as they are.
 */
export function neutralized(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * One field: quoted when it holds a comma, a quote, a line break or leading/trailing spaces; null is empty; texts
 * neutralized against formula injection. Every CSV Cocrea writes goes through here.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? neutralized(value) : String(value);
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
