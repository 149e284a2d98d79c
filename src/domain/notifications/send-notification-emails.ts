// Sends the e-mails of committed notifications: outside any request, so a slow or broken SMTP server delays nobody.
import { claimPendingEmails, instanceSecret } from "../../db/stores/notification-outbox.ts";
import type { Context } from "../context.ts";
import { mailLocale, notificationEmail } from "./notification-email.ts";
import { notificationPath } from "./notification-path.ts";
import { signUnsubscribe } from "./unsubscribe-token.ts";

/** The name of the instance secret that signs unsubscribe links. */
export const unsubscribeKeyName = "unsubscribe-links";

/**
 * Drains the outbox: claims pending e-mails in batches and sends each one. A failed sending is reported through
 * `onFailure` and not retried (the notification stays in the app). Returns the number sent.
 */
export async function sendNotificationEmails(
  ctx: Pick<Context, "db" | "mailer" | "publicUrl">,
  onFailure: (error: unknown, notificationId: string) => void,
): Promise<number> {
  let sent = 0;
  let key: string | undefined;
  for (;;) {
    const batch = await claimPendingEmails(ctx.db, 50);
    if (batch.length === 0) return sent;
    key ??= await instanceSecret(ctx.db, unsubscribeKeyName);
    for (const mail of batch) {
      const link = `${ctx.publicUrl}${notificationPath(mail.workspaceId, mail)}`;
      const token = signUnsubscribe(key, mail.userId, mail.kind);
      const { subject, text } = notificationEmail(mailLocale(mail.locale), {
        kind: mail.kind,
        challengeTitle: mail.challengeTitle,
        ideaTitle: mail.ideaTitle,
        phase: mail.phase,
        projectName: mail.listeningProjectName,
        planTitle: mail.planTitle,
        details: mail.details,
        link,
        unsubscribeLink: `${ctx.publicUrl}/unsubscribe?token=${encodeURIComponent(token)}`,
      });
      try {
        await ctx.mailer.send({ to: mail.email, subject, text });
        sent += 1;
      } catch (error) {
        onFailure(error, mail.id);
      }
    }
  }
}
