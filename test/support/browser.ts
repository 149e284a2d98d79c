// Chromium for end-to-end tests (Debian's package through playwright-core), and the axe-core accessibility check.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type Browser, chromium, type Page } from "playwright-core";

const chromiumPath = "/usr/bin/chromium";

/** Installs Debian's chromium when missing and allowed (root), else explains what to install. */
function ensureChromium(): void {
  if (existsSync(chromiumPath)) return;
  if (process.getuid?.() === 0) {
    // A fresh container may have no package lists yet.
    execFileSync("apt-get", ["update"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (existsSync(chromiumPath)) return;
  }
  throw new Error(
    `End-to-end tests need Chromium at ${chromiumPath}: install it with \`sudo apt-get install -y chromium\`.`,
  );
}

/** A headless Chromium; close it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core on the page as it is now and throws on any serious or critical violation, listing them.
 * The source is evaluated rather than added as a script tag: the page's CSP (script-src 'self') would refuse the tag.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const loaded = await page.evaluate("typeof window.axe === 'object'");
  if (!loaded) await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    "window.axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)",
  )) as AxeViolation[];
  const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (blocking.length > 0) {
    const report = blocking
      .map(
        (v) =>
          `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes
            .map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary ?? ""}`)
            .join("\n")}`,
      )
      .join("\n");
    console.error(`Accessibility violations on ${where}:\n${report}`);
    throw new Error(
      `${blocking.length} serious or critical accessibility violation(s) on ${where}:\n${report}`,
    );
  }
}
