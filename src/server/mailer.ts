// E-mail: through SMTP when SMTP_URL is set, else written to the server log so links still reach the operator.
import nodemailer from "nodemailer";
import type { Logger } from "pino";
import type { Mailer } from "../domain/context.ts";

export function createMailer(smtpUrl: string | undefined, from: string, logger: Logger): Mailer {
  if (!smtpUrl) {
    return {
      async send(message) {
        // No SMTP server: the operator reads the mail (a reset link, say) in the log.
        logger.info(
          { mail: { to: message.to, subject: message.subject } },
          `e-mail not sent (no SMTP_URL):\n${message.text}`,
        );
      },
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}
