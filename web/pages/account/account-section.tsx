// A section of the account page: a card with its heading, reachable from the page's contents.
import type { ReactNode } from "react";

export type AccountSectionId = "profile" | "email" | "password" | "contributions" | "data" | "delete";

export function AccountSection({
  id,
  title,
  children,
}: {
  id: AccountSectionId;
  title: string;
  children: ReactNode;
}) {
  return (
    <section id={`account-${id}`} aria-labelledby={`account-${id}-title`} className="card account-section">
      <h2 id={`account-${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** A password field's error: "wrong password" here, where no e-mail was typed (the sign-in wording names both). */
export function passwordError(key: string | undefined): string | undefined {
  return key === "errors.invalid-credentials" ? "account.wrongPassword" : key;
}
