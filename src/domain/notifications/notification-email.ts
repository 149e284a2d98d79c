// The short e-mail of a notification, in French or English: what happened, a link to it, a link to stop this kind.
import type { NotificationKind } from "../../db/stores/notification-store.ts";

export type MailLocale = "fr" | "en";

export interface EmailFacts {
  kind: NotificationKind;
  challengeTitle: string;
  ideaTitle: string | null;
  phase: string | null;
  /** Where the notification leads: the idea or the challenge. */
  link: string;
  unsubscribeLink: string;
}

type Wording = (facts: EmailFacts, phase: string) => { subject: string; line: string };

/** One wording per kind and language; the compiler asks for it when a kind is added. */
const wordings: Record<MailLocale, Record<NotificationKind, Wording>> = {
  fr: {
    "official-answer": (f) => ({
      subject: `Réponse officielle : ${f.ideaTitle ?? f.challengeTitle}`,
      line: `L'équipe du défi « ${f.challengeTitle} » a répondu à l'idée « ${f.ideaTitle ?? ""} ».`,
    }),
    "outcome-set": (f) => ({
      subject: `Décision sur l'idée : ${f.ideaTitle ?? f.challengeTitle}`,
      line: `L'équipe du défi « ${f.challengeTitle} » a dit ce que devient l'idée « ${f.ideaTitle ?? ""} ».`,
    }),
    "idea-selected": (f) => ({
      subject: `Votre idée est retenue : ${f.ideaTitle ?? f.challengeTitle}`,
      line: `Votre idée « ${f.ideaTitle ?? ""} » a été retenue dans le défi « ${f.challengeTitle} ».`,
    }),
    "phase-changed": (f, phase) => ({
      subject: `${f.challengeTitle} : ${phase}`,
      line: `Le défi « ${f.challengeTitle} » entre dans une nouvelle étape : ${phase}.`,
    }),
    "timeline-changed": (f) => ({
      subject: `Nouveau calendrier : ${f.challengeTitle}`,
      line: `L'équipe du défi « ${f.challengeTitle} » a changé ses dates : consultez le nouveau calendrier.`,
    }),
    "debrief-published": (f) => ({
      subject: `Le bilan est publié : ${f.challengeTitle}`,
      line: `Le bilan du défi « ${f.challengeTitle} » est publié : vous avez dit, nous faisons.`,
    }),
    "action-updated": (f) => ({
      subject: `Une action avance : ${f.challengeTitle}`,
      line: `Une action qui répond à vos idées dans le défi « ${f.challengeTitle} » a changé d'étape.`,
    }),
  },
  en: {
    "official-answer": (f) => ({
      subject: `Official answer: ${f.ideaTitle ?? f.challengeTitle}`,
      line: `The team of the challenge "${f.challengeTitle}" answered the idea "${f.ideaTitle ?? ""}".`,
    }),
    "outcome-set": (f) => ({
      subject: `Decision on the idea: ${f.ideaTitle ?? f.challengeTitle}`,
      line: `The team of the challenge "${f.challengeTitle}" said what becomes of the idea "${f.ideaTitle ?? ""}".`,
    }),
    "idea-selected": (f) => ({
      subject: `Your idea is selected: ${f.ideaTitle ?? f.challengeTitle}`,
      line: `Your idea "${f.ideaTitle ?? ""}" was selected in the challenge "${f.challengeTitle}".`,
    }),
    "phase-changed": (f, phase) => ({
      subject: `${f.challengeTitle}: ${phase}`,
      line: `The challenge "${f.challengeTitle}" enters a new phase: ${phase}.`,
    }),
    "timeline-changed": (f) => ({
      subject: `New dates: ${f.challengeTitle}`,
      line: `The team of the challenge "${f.challengeTitle}" changed its dates: see the new timeline.`,
    }),
    "debrief-published": (f) => ({
      subject: `The debrief is published: ${f.challengeTitle}`,
      line: `The debrief of the challenge "${f.challengeTitle}" is published: you said, we did.`,
    }),
    "action-updated": (f) => ({
      subject: `An action moved on: ${f.challengeTitle}`,
      line: `An action answering your ideas in the challenge "${f.challengeTitle}" moved to a new stage.`,
    }),
  },
};

const phaseNames: Record<MailLocale, Record<string, string>> = {
  fr: {
    contributions: "les contributions sont ouvertes",
    voting: "le vote est ouvert",
    synthesis: "la synthèse",
    debrief: "le bilan",
  },
  en: {
    contributions: "contributions are open",
    voting: "voting is open",
    synthesis: "synthesis",
    debrief: "debrief",
  },
};

const closings: Record<MailLocale, { open: string; stop: string }> = {
  fr: { open: "Voir sur Cocrea :", stop: "Ne plus recevoir ces e-mails (un clic) :" },
  en: { open: "See it on Cocrea:", stop: "Stop these e-mails (one click):" },
};

/** French unless the person chose English. */
export function mailLocale(locale: string | null | undefined): MailLocale {
  return locale?.toLowerCase().startsWith("en") ? "en" : "fr";
}

/** The subject and plain-text body (never HTML: titles are user text). */
export function notificationEmail(locale: MailLocale, facts: EmailFacts): { subject: string; text: string } {
  const phase = facts.phase ? (phaseNames[locale][facts.phase] ?? facts.phase) : "";
  const { subject, line } = wordings[locale][facts.kind](facts, phase);
  const closing = closings[locale];
  return {
    subject,
    text: `${line}\n\n${closing.open}\n${facts.link}\n\n--\n${closing.stop}\n${facts.unsubscribeLink}\n`,
  };
}
