// A small French plan for the exporters' tests and benchmark: every block of the schema, an annex, a change list.
import type { ExportDocument, ExportSection, RichNode } from "../../domain/plans/export-document-shape.ts";

const text = (value: string, marks?: RichNode["marks"]): RichNode => ({
  type: "text",
  text: value,
  ...(marks ? { marks } : {}),
});
const p = (...content: RichNode[]): RichNode => ({ type: "paragraph", content });
const cell = (type: "tableHeader" | "tableCell", value: string): RichNode => ({
  type,
  content: [p(text(value))],
});

export const diagnosisSection: ExportSection = {
  id: "s-context",
  title: "Contexte et diagnostic",
  markdown:
    "## Ce que disent les habitants\n\nLe marché du samedi attire **peu de familles**.\n\n- Horaires\n- Stationnement\n",
  json: {
    type: "doc",
    content: [
      { type: "heading", attrs: { level: 2 }, content: [text("Ce que disent les habitants")] },
      p(
        text("Le marché du samedi attire "),
        text("peu de familles", [{ type: "bold" }]),
        text(". Voir "),
        text("l'enquête", [{ type: "link", attrs: { href: "https://example.org/enquete" } }]),
        text(" <script>alert(1)</script>"),
      ),
      {
        type: "bulletList",
        content: [
          { type: "listItem", content: [p(text("Horaires"))] },
          { type: "listItem", content: [p(text("Stationnement"))] },
        ],
      },
      {
        type: "orderedList",
        content: [
          { type: "listItem", content: [p(text("Écouter"))] },
          { type: "listItem", content: [p(text("Décider"))] },
        ],
      },
    ],
  },
};

export const objectivesSection: ExportSection = {
  id: "s-objectives",
  title: "Objectifs",
  markdown: "| Public | Canal |\n|---|---|\n| Familles | Instagram |\n",
  json: {
    type: "doc",
    content: [
      {
        type: "objective",
        attrs: {
          statement: "Faire venir les familles au marché",
          kpi: "Part de voix",
          baseline: "12 %",
          target: "20 %",
          date: "2027-06-30",
        },
      },
      {
        type: "table",
        content: [
          { type: "tableRow", content: [cell("tableHeader", "Public"), cell("tableHeader", "Canal")] },
          { type: "tableRow", content: [cell("tableCell", "Familles"), cell("tableCell", "Instagram")] },
        ],
      },
      {
        type: "budgetLine",
        attrs: { item: "Affiches", amount: "1200", currency: "EUR", note: "Impression locale" },
      },
      {
        type: "action",
        attrs: {
          title: "Stand d'accueil",
          owner: "Service animation",
          date: "2027-03-04",
          status: "planned",
        },
      },
    ],
  },
};

export const emptySection: ExportSection = {
  id: "s-empty",
  title: "Évaluation",
  markdown: "",
  json: { type: "doc", content: [] },
};

/** A plan with an annex of one closed session and a change list. */
export function fixturePlan(overrides: Partial<ExportDocument> = {}): ExportDocument {
  return {
    title: "Plan de communication — Marché de Lumbres",
    language: "fr",
    timeZone: "Europe/Paris",
    generatedAt: new Date("2027-02-01T09:30:00Z"),
    sections: [diagnosisSection, objectivesSection, emptySection],
    changes: {
      since: new Date("2027-01-15T10:00:00Z"),
      lines: [
        { title: "Objectifs", change: "changed" },
        { title: "Évaluation", change: "added" },
      ],
    },
    annex: [
      {
        title: "Session 1 : diagnostic",
        scheduledAt: "2027-01-10T09:00:00Z",
        closed: true,
        attendees: ["Claire Martin", "Simon Leroy"],
        agenda: [{ title: "Lecture de l'audit", durationMinutes: 30 }],
        decisions: [
          {
            statement: "Viser les familles d'abord",
            options: ["Familles", "Retraités"],
            chosenOption: "Familles",
            carriedBy: "Claire Martin",
            reviewOn: "2027-03-01",
          },
        ],
        paths: [
          {
            title: "Une application mobile",
            description: "",
            status: "abandoned",
            reason: "Trop coûteuse pour un premier pas",
          },
        ],
        urgentNeeds: [
          {
            need: "Annoncer la fermeture du parking",
            kind: "post",
            response: "Publication Facebook",
            metOn: "2027-01-12",
          },
        ],
        deliverables: [{ title: "Affiche de mars", status: "submitted" }],
      },
    ],
    ...overrides,
  };
}
