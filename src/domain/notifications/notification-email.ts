// The short e-mail of a notification, in French or English: what happened, a link to it, a link to stop this kind.
import type {
  DecisionReviewDetails,
  ListeningAlertDetails,
  NotificationDetails,
} from "../../db/schema/notification-details.ts";
import type { NotificationKind } from "../../db/stores/notification-store.ts";

export type MailLocale = "fr" | "en";

export interface EmailFacts {
  kind: NotificationKind;
  challengeTitle: string | null;
  ideaTitle: string | null;
  phase: string | null;
  /** For listening-alert: the project; for decision-review: the plan. */
  projectName?: string | null;
  planTitle?: string | null;
  details?: NotificationDetails | null;
  /** Where the notification leads: the idea, the challenge, the project's alerts or the plan's sessions. */
  link: string;
  unsubscribeLink: string;
}

type Wording = (
  facts: EmailFacts & { challengeTitle: string },
  phase: string,
) => { subject: string; line: string };

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
    "listening-alert": (f) => alertWording("fr", f),
    "decision-review": (f) => reviewWording("fr", f),
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
    "listening-alert": (f) => alertWording("en", f),
    "decision-review": (f) => reviewWording("en", f),
  },
};

/** A calendar day (YYYY-MM-DD) as people of `locale` write it. */
function day(locale: MailLocale, iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(locale === "fr" ? "fr-FR" : "en-GB", {
    timeZone: "UTC",
  });
}

/** The day before `iso`: the last day of a span whose end is exclusive. */
function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Net sentiment (−1..1) in points, signed: +12, −30. */
function points(value: number | undefined): string {
  const n = Math.round((value ?? 0) * 100);
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0";
}

function alertWording(locale: MailLocale, f: EmailFacts): { subject: string; line: string } {
  const a = f.details?.type === "listening-alert" ? f.details : undefined;
  const project = f.projectName ?? "";
  if (!a) return { subject: project, line: project };
  const span = (d: ListeningAlertDetails) =>
    d.to === "" || dayBefore(d.to) === d.from
      ? day(locale, d.from)
      : `${day(locale, d.from)} – ${day(locale, dayBefore(d.to))}`;
  const fr = locale === "fr";
  const subject = fr ? `Alerte « ${a.ruleName} » : ${project}` : `Alert "${a.ruleName}": ${project}`;
  const lines: Record<ListeningAlertDetails["alert"], string> = fr
    ? {
        "volume-spike": `Pic de volume dans « ${project} » : ${a.mentions} mentions (${span(a)}) pour ${a.baseline ?? 0} attendues.`,
        "negative-surge": `Le sentiment net de « ${project} » passe de ${points(a.previousNetSentiment)} à ${points(a.netSentiment)} points (${span(a)}, ${a.mentions} mentions).`,
        "new-topic": `Un nouveau sujet apparaît dans « ${project} » : « ${a.topic ?? ""} » (${a.mentions} mentions, ${span(a)}).`,
        "query-match": `${a.mentions} nouvelles mentions de « ${project} » répondent à « ${a.query ?? ""} »${a.excerpt ? ` : « ${a.excerpt} »` : "."}`,
      }
    : {
        "volume-spike": `Volume spike in "${project}": ${a.mentions} mentions (${span(a)}) where ${a.baseline ?? 0} were expected.`,
        "negative-surge": `Net sentiment of "${project}" fell from ${points(a.previousNetSentiment)} to ${points(a.netSentiment)} points (${span(a)}, ${a.mentions} mentions).`,
        "new-topic": `A new topic appears in "${project}": "${a.topic ?? ""}" (${a.mentions} mentions, ${span(a)}).`,
        "query-match": `${a.mentions} new mentions of "${project}" match "${a.query ?? ""}"${a.excerpt ? `: "${a.excerpt}"` : "."}`,
      };
  return { subject, line: lines[a.alert] };
}

function reviewWording(locale: MailLocale, f: EmailFacts): { subject: string; line: string } {
  const d: DecisionReviewDetails | undefined = f.details?.type === "decision-review" ? f.details : undefined;
  const plan = f.planTitle ?? "";
  const statement = d?.statement ?? "";
  const on = d ? day(locale, d.reviewOn) : "";
  return locale === "fr"
    ? {
        subject: `Décision à revoir : ${plan}`,
        line: `La décision « ${statement} » du plan « ${plan} » est à revoir (${on}).`,
      }
    : {
        subject: `Decision to review: ${plan}`,
        line: `The decision "${statement}" of the plan "${plan}" is due for review (${on}).`,
      };
}

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
  const { subject, line } = wordings[locale][facts.kind](
    { ...facts, challengeTitle: facts.challengeTitle ?? "" },
    phase,
  );
  const closing = closings[locale];
  return {
    subject,
    text: `${line}\n\n${closing.open}\n${facts.link}\n\n--\n${closing.stop}\n${facts.unsubscribeLink}\n`,
  };
}
