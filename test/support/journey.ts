// The frame of a browser journey: `cocrea serve` and Chromium started for a test file, French pages, all closed after.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser.ts";
import { type ServeProcess, startServeProcess } from "./serve-process.ts";

export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 800 };

export interface Journey {
  /** The server, once `beforeAll` has run. */
  readonly server: ServeProcess;
  /** A page in a new browser context (a separate person), in UTC so that datetime-local values are ISO dates. */
  newPage(viewport?: { width: number; height: number }, locale?: string): Promise<Page>;
}

/**
 * Registers the file's `beforeAll` (server and browser, started at once; whichever started is kept so that
 * `afterAll` stops it even if the other failed) and `afterAll`. `timeout` is each page's default wait; `env` adds
 * settings to the server's.
 */
export function browserJourney(timeout: number, env: Record<string, string> = {}): Journey {
  let server: ServeProcess | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    const [started, launched] = await Promise.allSettled([startServeProcess(env), launchBrowser()]);
    if (started.status === "fulfilled") server = started.value;
    if (launched.status === "fulfilled") browser = launched.value;
    for (const result of [started, launched]) if (result.status === "rejected") throw result.reason;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  return {
    get server() {
      if (!server) throw new Error("the journey's server is not started yet");
      return server;
    },
    async newPage(viewport = phone, locale = "fr-FR") {
      if (!browser) throw new Error("the journey's browser is not launched yet");
      const context = await browser.newContext({ locale, viewport, timezoneId: "UTC" });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(timeout);
      return page;
    },
  };
}

/** Waits for the page's title (its h1). */
export async function expectTitle(page: Page, title: string | RegExp): Promise<void> {
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
}
