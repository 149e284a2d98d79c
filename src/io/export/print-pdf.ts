// Chromium's print of an HTML page to an A4 PDF (Debian's package, driven by playwright-core): the listening report.
import { existsSync } from "node:fs";
import { AppError } from "../../errors.ts";

/** Where Debian's `chromium` package installs the browser. */
export const chromiumPath = "/usr/bin/chromium";

/**
 * Prints `html` to an A4 PDF with `footer` (Chromium's footer template: `pageNumber` and `totalPages` spans are
 * filled in). The page is set from a string with JavaScript off and every request refused, so nothing in it can
 * run or reach a file or the network: images and charts must be inline (data: URLs, SVG).
 */
export async function printPdf(html: string, footer: string, executablePath = chromiumPath): Promise<Buffer> {
  if (!existsSync(executablePath)) {
    throw new AppError(
      "export-unavailable",
      `PDF export needs Chromium at ${executablePath}: install Debian's \`chromium\` package (apt-get install chromium).`,
      { details: { package: "chromium", path: executablePath } },
    );
  }
  // Loaded on the first print: the browser driver is large, and most processes never print.
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route("**/*", (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: "load" });
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: footer,
      margin: { top: "22mm", bottom: "20mm", left: "18mm", right: "18mm" },
      outline: true,
      tagged: true,
    });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}

/** Chromium's footer: a title on the left, "Page n of N" on the right (texts already escaped). */
export function pageFooter(title: string, page: string, of: string): string {
  return `<div style="font-size:8pt;width:100%;padding:0 18mm;color:#555;display:flex;justify-content:space-between;font-family:sans-serif"><span>${title}</span><span>${page} <span class="pageNumber"></span> ${of} <span class="totalPages"></span></span></div>`;
}
