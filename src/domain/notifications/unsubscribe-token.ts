// Signed one-click unsubscribe links: a person and a kind, signed with the instance's key (HMAC-SHA256), no expiry.
import { createHmac, timingSafeEqual } from "node:crypto";

/** The token of a link that turns off e-mails of `kind` for `userId`. */
export function signUnsubscribe(key: string, userId: string, kind: string): string {
  return `${userId}.${kind}.${signature(key, userId, kind)}`;
}

/** The person and kind of a token whose signature holds, else undefined. */
export function verifyUnsubscribe(key: string, token: string): { userId: string; kind: string } | undefined {
  const [userId, kind, given, ...rest] = token.split(".");
  if (!userId || !kind || !given || rest.length > 0) return undefined;
  const expected = Buffer.from(signature(key, userId, kind));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return undefined;
  return { userId, kind };
}

function signature(key: string, userId: string, kind: string): string {
  return createHmac("sha256", key).update(`unsubscribe:${userId}:${kind}`).digest("base64url");
}
