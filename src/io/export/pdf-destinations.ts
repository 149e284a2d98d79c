// Reads, from a PDF printed by Chromium, the page on which each named destination lands: an element's `id` that an
// internal link (`href="#id"`) points to becomes an entry of the catalog's `/Dests` dictionary, `/id [page 0 R …]`.
// Chromium (Skia) writes that dictionary and the page tree as plain objects, so a small reader of PDF 1.7 §7.7.2
// (page tree) and §12.3.2.3 (named destinations in `/Dests`) is enough; compressed object streams are not used.

/** The 1-based page of each named destination, by name; empty when the PDF has no `/Dests` dictionary. */
export function pdfDestinationPages(pdf: Uint8Array): Map<string, number> {
  const text = Buffer.from(pdf).toString("latin1");
  const objects = new Map<number, string>();
  for (const match of text.matchAll(/(?:^|[\r\n])(\d+) 0 obj\b([\s\S]*?)(?:endobj|\bstream[\r\n])/g)) {
    objects.set(Number(match[1]), match[2] ?? "");
  }
  const catalog = [...objects.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body));
  const pagesRef = catalog && /\/Pages\s+(\d+)\s+0\s+R/.exec(catalog)?.[1];
  const destsRef = catalog && /\/Dests\s+(\d+)\s+0\s+R/.exec(catalog)?.[1];
  if (!pagesRef || !destsRef) return new Map();
  const order = new Map<number, number>();
  const walk = (id: number, depth: number) => {
    const body = objects.get(id) ?? "";
    if (depth > 32) return;
    if (!/\/Type\s*\/Pages\b/.test(body)) {
      order.set(id, order.size + 1);
      return;
    }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? "";
    for (const kid of kids.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(kid[1]), depth + 1);
  };
  walk(Number(pagesRef), 0);
  const pages = new Map<string, number>();
  for (const entry of (objects.get(Number(destsRef)) ?? "").matchAll(
    /\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g,
  )) {
    const page = order.get(Number(entry[2]));
    if (page !== undefined) pages.set(decodeName(entry[1] ?? ""), page);
  }
  return pages;
}

/** A PDF name with its `#xx` escapes decoded (PDF 1.7 §7.3.5). */
function decodeName(name: string): string {
  return name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}
