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

  it("words a volume spike in French with its days, figures and the project's name", () => {
    const mail = notificationEmail("fr", {
      kind: "listening-alert",
      challengeTitle: null,
      ideaTitle: null,
      phase: null,
      projectName: "Audit Nantes",
      details: {
        type: "listening-alert",
        ruleId: "00000000-0000-4000-8000-000000000001",
        ruleName: "Pic",
        alert: "volume-spike",
        from: "2025-03-15",
        to: "2025-03-17",
        mentions: 60,
        baseline: 6,
      },
      link: "https://cocrea.example/workspaces/w/listening/p/alerts",
      unsubscribeLink: facts.unsubscribeLink,
    });
    expect(mail.subject).toBe("Alerte « Pic » : Audit Nantes");
    expect(mail.text).toContain(
      "Pic de volume dans « Audit Nantes » : 60 mentions (15/03/2025 – 16/03/2025) pour 6 attendues.",
    );
  });

  it("words a negative surge in English in signed points of net sentiment", () => {
    const mail = notificationEmail("en", {
      kind: "listening-alert",
      challengeTitle: null,
      ideaTitle: null,
      phase: null,
      projectName: "Audit",
      details: {
        type: "listening-alert",
        ruleId: "00000000-0000-4000-8000-000000000001",
        ruleName: "Tone",
        alert: "negative-surge",
        from: "2025-03-10",
        to: "2025-03-17",
        mentions: 40,
        netSentiment: -0.5,
        previousNetSentiment: 0.25,
      },
      link: "l",
      unsubscribeLink: "u",
    });
    expect(mail.text).toContain(
      'Net sentiment of "Audit" fell from +25 to −50 points (10/03/2025 – 16/03/2025, 40 mentions).',
    );
  });

  it("names the decision and its review day in a decision review", () => {
    const mail = notificationEmail("fr", {
      kind: "decision-review",
      challengeTitle: null,
      ideaTitle: null,
      phase: null,
      planTitle: "Plan 2026",
      details: {
        type: "decision-review",
        decisionId: "00000000-0000-4000-8000-000000000001",
        sessionId: "00000000-0000-4000-8000-000000000002",
        statement: "Ouvrir un compte Instagram",
        reviewOn: "2026-03-01",
      },
      link: "l",
      unsubscribeLink: "u",
    });
    expect(mail.subject).toBe("Décision à revoir : Plan 2026");
    expect(mail.text).toContain(
      "La décision « Ouvrir un compte Instagram » du plan « Plan 2026 » est à revoir (01/03/2026).",
    );
  });
});
