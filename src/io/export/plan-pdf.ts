// The plan as PDF: Chromium (Debian's package, driven by playwright-core) prints the plan's HTML with page numbers,
// in the footer and in the table of contents.
import { existsSync } from "node:fs";
import type { ExportDocument } from "../../domain/plans/export-document-shape.ts";
import { AppError } from "../../errors.ts";
import { pdfDestinationPages } from "./pdf-destinations.ts";
import { escapeHtml, planHtml } from "./plan-html.ts";
import { labelsOf } from "./plan-labels.ts";

const samePages = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  a.size === b.size && [...a].every(([name, page]) => b.get(name) === page);

/** Where Debian's `chromium` package installs the browser. */
export const chromiumPath = "/usr/bin/chromium";

/**
 * Prints `doc` to an A4 PDF. The page is set from a string with JavaScript off and every request refused, so
 * nothing in a plan can run or reach a file or the network; the footer carries "Page n of N".
 */
export async function planPdf(doc: ExportDocument, executablePath = chromiumPath): Promise<Buffer> {
  if (!existsSync(executablePath)) {
    throw new AppError(
      "export-unavailable",
      `PDF export needs Chromium at ${executablePath}: install Debian's \`chromium\` package (apt-get install chromium).`,
      { details: { package: "chromium", path: executablePath } },
    );
  }
  // Loaded on the first export: the browser driver is large, and most processes never print.
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route("**/*", (route) => route.abort());
    const page = await context.newPage();
    const l = labelsOf(doc.language);
    const footer = `<div style="font-size:8pt;width:100%;padding:0 18mm;color:#555;display:flex;justify-content:space-between;font-family:sans-serif"><span>${escapeHtml(
      doc.title,
    )}</span><span>${escapeHtml(l.page)} <span class="pageNumber"></span> ${escapeHtml(
      l.of,
    )} <span class="totalPages"></span></span></div>`;
    // The page box is the same for every print; the footer, outline and tags (drawn in the margins or beside the
    // content) are left out of the print that only finds pages.
    const print = async (pages?: ReadonlyMap<string, number>, final = true) => {
      await page.setContent(planHtml(doc, pages), { waitUntil: "load" });
      return page.pdf({
        format: "A4",
        printBackground: final,
        displayHeaderFooter: final,
        headerTemplate: "<span></span>",
        footerTemplate: footer,
        margin: { top: "22mm", bottom: "20mm", left: "18mm", right: "18mm" },
        outline: final,
        tagged: final,
      });
    };
    // The first print finds each section's page; the second writes them in the table of contents, which keeps its
    // layout (the numbers take the placeholder's room), so the pages found stay true. Checked, and printed once more
    // in the unlikely case they moved.
    let pages = pdfDestinationPages(await print(undefined, false));
    for (let attempt = 0; ; attempt++) {
      const pdf = await print(pages);
      const found = pdfDestinationPages(pdf);
      if (attempt === 1 || samePages(found, pages)) return Buffer.from(pdf);
      pages = found;
    }
  } finally {
    await browser.close();
  }
}
