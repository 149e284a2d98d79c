// Calls the API from a browser page, with the page's session and CSRF token, for e2e setup steps.
import type { Page } from "playwright-core";

/** Sends a request from `page` and returns the JSON answer; throws with the problem when it is not 2xx. */
export async function callApi<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = await (await fetch("/api/v1/session")).json();
      const response = await fetch(`/api/v1${path}`, {
        method,
        // A JSON content type with no body is refused as malformed, so it goes only with a body.
        headers: {
          "x-csrf-token": session.csrfToken,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const answer = await response.json();
      if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(answer)}`);
      return answer;
    },
    { method, path, body },
  ) as Promise<T>;
}
