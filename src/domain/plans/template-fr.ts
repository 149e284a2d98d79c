// The French communication-plan template: each section with the questions that start it.
import type { TemplateSection } from "./template-section.ts";

export const templateFr: TemplateSection[] = [
  {
    kind: "context",
    title: "Contexte et diagnostic",
    blocks: [
      "Où en est l'organisation aujourd'hui ? Ce qui se dit d'elle, où, par qui, à quel sujet : l'audit d'image et de présence en ligne donne le point de départ.",
      {
        list: [
          "Forces et faiblesses de la communication actuelle",
          "Ce que disent les publics (écoute, concertations, défis de cocréation)",
          "Les contraintes : calendrier, obligations, événements prévisibles",
        ],
      },
    ],
  },
  {
    kind: "questions",
    title: "Les questions à se poser d'abord",
    blocks: [
      "Toutes les organisations n'ont pas besoin d'être présentes sur les médias sociaux. « Nous n'avons pas besoin d'y être » est une réponse valable.",
      {
        ordered: [
          "Que vont nous apporter les médias sociaux ? Écouter ce qui se dit, dialoguer, innover, fidéliser ?",
          "En quoi nous aideront-ils à atteindre nos objectifs internes (notoriété, services, recrutement, participation) ?",
          "De quels moyens humains et matériels disposons-nous pour écouter, répondre et produire ?",
        ],
      },
    ],
  },
  {
    kind: "objectives",
    title: "Objectifs",
    blocks: [
      "Chaque objectif a son indicateur, son point de départ, sa cible et son échéance.",
      { objective: { statement: "", kpi: "", baseline: "", target: "", date: "" } },
    ],
  },
  {
    kind: "publics",
    title: "Publics",
    blocks: [
      "Qui voulons-nous joindre, et que savons-nous de chacun : ses attentes, ses usages, les lieux où il s'informe ?",
      { list: ["Public prioritaire :", "Publics secondaires :", "Relais et prescripteurs :"] },
    ],
  },
  {
    kind: "messages",
    title: "Messages et positionnement",
    blocks: [
      "Ce que nous voulons que chaque public retienne, et le ton qui nous ressemble.",
      { list: ["Message central :", "Messages par public :", "Ton et style :"] },
    ],
  },
  {
    kind: "channels",
    title: "Canaux et moyens",
    blocks: [
      "Pour chaque canal retenu : le public visé, le rôle du canal, la fréquence et qui l'anime. Un canal écarté l'est avec sa raison.",
      {
        table: [
          ["Canal", "Public", "Rôle", "Fréquence", "Animé par"],
          ["", "", "", "", ""],
        ],
      },
    ],
  },
  {
    kind: "resources",
    title: "Ressources et budget",
    blocks: [
      "Le temps des personnes compte autant que l'argent : l'écoute et l'engagement demandent de l'attention chaque semaine.",
      { budgetLine: { item: "", amount: "", currency: "EUR", note: "" } },
    ],
  },
  {
    kind: "action-plan",
    title: "Plan d'action et calendrier",
    blocks: [
      "Les actions, chacune avec son porteur et sa date. 80 % du travail se fait dans les préparatifs.",
      { actionItem: { title: "", owner: "", date: "", status: "prévue" } },
    ],
  },
  {
    kind: "evaluation",
    title: "Évaluation",
    blocks: [
      "Comment saurons-nous que le plan fonctionne ? Un nouvel audit six mois ou un an plus tard mesure le chemin parcouru.",
      { list: ["Indicateurs suivis et fréquence :", "Tableau de bord :", "Moments de réajustement :"] },
    ],
  },
  {
    kind: "charter",
    title: "Charte des médias sociaux et gouvernance",
    blocks: [
      "Qui parle au nom de l'organisation, comment répondre, que faire en cas de crise, comment les collaborateurs participent.",
      {
        list: [
          "Rôles et validation des publications",
          "Règles de modération et de réponse",
          "Procédure en cas de crise",
          "Participation des collaborateurs",
        ],
      },
    ],
  },
];
