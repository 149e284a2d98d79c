// The words of an exported plan in its language (the plan's own text is never translated).
import type { ExportDocument } from "../../domain/plans/export-document-shape.ts";

const fr = {
  contents: "Table des matières",
  generated: "Exporté le",
  page: "Page",
  of: "sur",
  emptyPlan: "Ce plan n'a pas encore de section.",
  emptySection: "Section vide.",
  changesTitle: "Ce qui a changé depuis le dernier envoi",
  changesSince: "Depuis l'export remis au client le",
  firstDelivery: "Premier export remis : tout le plan est nouveau pour le client.",
  noChange: "Rien n'a changé depuis le dernier envoi.",
  change: { added: "ajoutée", removed: "retirée", changed: "modifiée", moved: "déplacée" },
  annex: "Annexe : sessions de travail",
  noSession: "Aucune session de travail.",
  attendees: "Participants",
  agenda: "Ordre du jour",
  minutes: "min",
  decisions: "Décisions",
  option: "Option retenue",
  considered: "Options envisagées",
  carriedBy: "Portée par",
  reviewOn: "À revoir le",
  paths: "Pistes explorées",
  pathStatus: { explored: "explorée", kept: "retenue", abandoned: "abandonnée" },
  why: "Pourquoi",
  urgentNeeds: "Besoins urgents comblés",
  deliverables: "Livrables",
  deliverableStatus: {
    draft: "brouillon",
    submitted: "soumis au client",
    validated: "validé",
    "changes-asked": "modifications demandées",
  } as Record<string, string>,
  scheduled: "prévue",
  closed: "close",
  objective: "Objectif",
  kpi: "Indicateur",
  baseline: "Situation de départ",
  target: "Cible",
  date: "Échéance",
  budgetItem: "Poste",
  amount: "Montant",
  note: "Note",
  action: "Action",
  owner: "Responsable",
  status: "Statut",
  image: "Image",
};

export type PlanLabels = typeof fr;

const en: PlanLabels = {
  contents: "Contents",
  generated: "Exported on",
  page: "Page",
  of: "of",
  emptyPlan: "This plan has no section yet.",
  emptySection: "Empty section.",
  changesTitle: "What changed since the last delivery",
  changesSince: "Since the export delivered to the client on",
  firstDelivery: "First delivered export: the whole plan is new to the client.",
  noChange: "Nothing changed since the last delivery.",
  change: { added: "added", removed: "removed", changed: "changed", moved: "moved" },
  annex: "Annex: working sessions",
  noSession: "No working session.",
  attendees: "Attendees",
  agenda: "Agenda",
  minutes: "min",
  decisions: "Decisions",
  option: "Option chosen",
  considered: "Options considered",
  carriedBy: "Carried by",
  reviewOn: "Review on",
  paths: "Explored paths",
  pathStatus: { explored: "explored", kept: "kept", abandoned: "abandoned" },
  why: "Why",
  urgentNeeds: "Urgent needs met",
  deliverables: "Deliverables",
  deliverableStatus: {
    draft: "draft",
    submitted: "submitted to the client",
    validated: "validated",
    "changes-asked": "changes asked",
  },
  scheduled: "scheduled",
  closed: "closed",
  objective: "Objective",
  kpi: "Indicator",
  baseline: "Baseline",
  target: "Target",
  date: "Due",
  budgetItem: "Item",
  amount: "Amount",
  note: "Note",
  action: "Action",
  owner: "Owner",
  status: "Status",
  image: "Image",
};

export function labelsOf(language: ExportDocument["language"]): PlanLabels {
  return language === "en" ? en : fr;
}

/** A date (ISO day or instant) as the reader of `doc` writes it, in the workspace's time zone. */
export function formatDate(
  doc: Pick<ExportDocument, "language" | "timeZone">,
  value: string | Date,
  withTime = false,
): string {
  const day = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const instant = day ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(doc.language === "en" ? "en-GB" : "fr-FR", {
    dateStyle: "long",
    ...(withTime && !day ? { timeStyle: "short" } : {}),
    timeZone: day ? "UTC" : doc.timeZone,
  }).format(instant);
}
