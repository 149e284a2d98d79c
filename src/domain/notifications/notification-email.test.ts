import { describe, expect, it } from "vitest";
import { mailLocale, notificationEmail } from "./notification-email.ts";

const facts = {
  challengeTitle: "Ville verte",
  ideaTitle: "Des arbres",
  link: "https://cocrea.example/workspaces/w/ideas/i",
  unsubscribeLink: "https://cocrea.example/unsubscribe?token=t",
};

describe("notification e-mails", () => {
  it("writes French by default, with the link and the unsubscribe link", () => {
    const mail = notificationEmail(mailLocale(undefined), { ...facts, kind: "idea-selected", phase: null });
    expect(mail.subject).toBe("Votre idée est retenue : Des arbres");
    expect(mail.text).toContain(facts.link);
    expect(mail.text).toContain(facts.unsubscribeLink);
  });

  it("writes English for an English-speaking person and names the phase entered", () => {
    const mail = notificationEmail(mailLocale("en"), { ...facts, kind: "phase-changed", phase: "voting" });
    expect(mail.subject).toBe("Ville verte: voting is open");
    expect(mail.text).toContain('The challenge "Ville verte" enters a new phase: voting is open.');
  });
});
