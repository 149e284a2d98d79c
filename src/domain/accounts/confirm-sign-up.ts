// Opens the account a confirmation link stands for: the link proved the person holds the mailbox.
import { and, eq, gt, isNull } from "drizzle-orm";
import { signUpRequests } from "../../db/schema/sign-up-requests.ts";
import { openAccountStore, type UserRow } from "../../db/stores/account-store.ts";
import { AppError } from "../../errors.ts";
import type { Context } from "../context.ts";
import { hashToken } from "./secrets.ts";

/**
 * Creates the account of a sign-up request from its e-mailed token (once, before it expires), or turns the
 * anonymous identity it was asked from into it. Refuses `sign-up-token-invalid` for an unknown, used or expired
 * link, and `email-taken` when an account took the address meanwhile (the mailbox's holder may know that).
 */
export async function confirmSignUp(
  ctx: Context,
  token: string,
): Promise<{ user: UserRow; next: string | null }> {
  return ctx.db.transaction(async (tx) => {
    const [request] = await tx
      .update(signUpRequests)
      .set({ usedAt: ctx.now })
      .where(
        and(
          eq(signUpRequests.id, hashToken(token)),
          isNull(signUpRequests.usedAt),
          gt(signUpRequests.expiresAt, ctx.now),
        ),
      )
      .returning();
    if (!request) {
      throw new AppError(
        "sign-up-token-invalid",
        "This confirmation link is invalid, expired or already used. Sign up again.",
        { field: "token" },
      );
    }
    const store = openAccountStore(tx);
    if (await store.userByEmail(request.email)) {
      throw new AppError("email-taken", "An account already uses this e-mail address. Sign in instead.", {
        field: "email",
      });
    }
    const values = {
      email: request.email,
      name: request.name,
      passwordHash: request.passwordHash,
      anonymous: false,
      ...(request.locale === "fr" || request.locale === "en" ? { locale: request.locale } : {}),
    };
    const claimed = request.claimUserId ? await store.userById(request.claimUserId) : undefined;
    const user = claimed?.anonymous
      ? await store.updateUser(claimed.id, values)
      : await store.insertUser(values);
    return { user, next: request.next };
  });
}
