// The demo city's communication plan, half-written: the diagnosis, the first questions, objectives and publics done.

import { templateFr } from "../plans/template-fr.ts";
import type { TemplateSection } from "../plans/template-section.ts";

/** The sections written so far in the working sessions; the others are still the template's prompts. */
const written: TemplateSection[] = [
  {
    kind: "context",
    title: "Contexte et diagnostic",
    blocks: [
      "Belleville-sur-Loire compte 6 200 habitants. La mairie publie sur sa page Facebook deux fois par semaine, surtout des avis de travaux ; le panneau lumineux de la place et le bulletin trimestriel restent les sources les plus lues.",
      {
        list: [
          "Forces : un bulletin apprécié, des associations très actives, le marché du samedi comme lieu de rencontre",
          "Faiblesses : peu de réponses aux commentaires, des informations de dernière minute (neige, coupures) qui arrivent tard",
          "Ce que disent les habitants : le défi « Le centre-bourg de demain » a réuni 42 idées, surtout sur le marché du soir et les mobilités douces",
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
          "Ce que les médias sociaux nous apportent : prévenir vite (météo, travaux) et écouter ce qui se dit du centre-bourg. Instagram et X : nous n'avons pas besoin d'y être.",
          "Nos objectifs internes : faire participer plus d'habitants aux décisions, et alléger l'accueil téléphonique les jours d'alerte.",
          "Nos moyens : une chargée de communication à mi-temps, deux élus relais, aucun budget publicitaire.",
        ],
      },
    ],
  },
  {
    kind: "objectives",
    title: "Objectifs",
    blocks: [
      "Chaque objectif a son indicateur, son point de départ, sa cible et son échéance.",
      {
        objective: {
          statement: "Prévenir les habitants des alertes dans l'heure",
          kpi: "Part des alertes publiées en moins d'une heure",
          baseline: "30 %",
          target: "90 %",
          date: "2027-03-31",
        },
      },
      {
        objective: {
          statement: "Faire participer plus d'habitants au projet du centre-bourg",
          kpi: "Participants au prochain défi",
          baseline: "118",
          target: "300",
          date: "2027-06-30",
        },
      },
    ],
  },
  {
    kind: "publics",
    title: "Publics",
    blocks: [
      "Qui voulons-nous joindre, et que savons-nous de chacun ?",
      {
        list: [
          "Public prioritaire : les familles du centre-bourg, sur Facebook et à la sortie de l'école",
          "Publics secondaires : les commerçants du marché, les aînés (bulletin, panneau lumineux)",
          "Relais : les associations de parents, le club de football, la médiathèque",
        ],
      },
    ],
  },
  {
    kind: "messages",
    title: "Messages et positionnement",
    blocks: [
      "Message central : une mairie qui prévient vite et qui écoute.",
      "À compléter à la prochaine séance : les messages par public et le ton.",
    ],
  },
];

/** The demo plan's sections: the written ones in place of the template's, the rest as the template has them. */
export function demoPlanSections(): TemplateSection[] {
  return templateFr.map((section) => written.find((w) => w.kind === section.kind) ?? section);
}
