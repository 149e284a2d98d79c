// Follows the e-mailed confirmation link of a sign-up, as a person does: the link is read from the mails sent.
import type { ApiClient } from "./api-client.ts";

const linkPattern = /confirm-sign-up\?token=([A-Za-z0-9_-]+)/;

/** The token of the newest confirmation link among `texts` (mail bodies, or a server's log lines), if any. */
export function confirmationToken(texts: readonly string[]): string | undefined {
  return texts.map((text) => linkPattern.exec(text)?.[1]).findLast((token) => token !== undefined);
}

/**
 * Waits until `texts()` holds a confirmation link (mails leave in the request, logs are read a moment later), then
 * opens the account through `client`, which is then signed in. Returns the account's id.
 */
export async function confirmSignUp(client: ApiClient, texts: () => readonly string[]): Promise<string> {
  const deadline = Date.now() + 30_000;
  let token = confirmationToken(texts());
  while (!token) {
    if (Date.now() > deadline) throw new Error("no confirmation link was e-mailed");
    await new Promise((resolve) => setTimeout(resolve, 50));
    token = confirmationToken(texts());
  }
  const confirmed = await client.post<{ user: { id: string } }>("/api/v1/auth/sign-up/confirm", { token });
  if (confirmed.status !== 200) throw new Error(`confirmation failed: ${JSON.stringify(confirmed.body)}`);
  return confirmed.body.user.id;
}

/** Signs up through the API and confirms from `texts()`, reading only what was written after the request. */
export async function signUpConfirmed(
  client: ApiClient,
  body: { email: string; password: string; name: string; locale?: "fr" | "en" },
  texts: () => readonly string[],
): Promise<string> {
  const before = texts().length;
  const asked = await client.post("/api/v1/auth/sign-up", body);
  if (asked.status !== 202) throw new Error(`sign-up failed: ${JSON.stringify(asked.body)}`);
  return confirmSignUp(client, () => texts().slice(before));
}
