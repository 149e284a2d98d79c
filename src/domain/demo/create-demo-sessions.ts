// Adds to the demo plan its three past working sessions: agendas, decisions, one abandoned path with its reason, two
// urgent needs met between sessions, deliverables; each closed, so the plan has three versions to compare.
import type { Context, MemberActor } from "../context.ts";
import { recordDecision } from "../plans/decision-record.ts";
import { recordDeliverable } from "../plans/deliverable-record.ts";
import { changeDeliverableStatus } from "../plans/deliverable-status.ts";
import { recordUrgentNeed } from "../plans/need-record.ts";
import { recordPath } from "../plans/path-record.ts";
import { closeSession } from "../plans/session-close.ts";
import { scheduleSession } from "../plans/session-schedule.ts";

const day = 24 * 60 * 60 * 1000;
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

type Who = "manager" | "guest";
/** One record of a session, as the use case that records it takes it; dates are in weeks before now. */
type DemoRecord =
  | {
      kind: "decision";
      by: Who;
      statement: string;
      options?: string[];
      chosenOption?: string;
      reviewInWeeks: number;
    }
  | {
      kind: "path";
      by: Who;
      title: string;
      description?: string;
      status: "abandoned" | "kept";
      reason: string;
    }
  | { kind: "need"; by: Who; need: string; needKind: "post" | "text"; response: string; metWeeksAgo: number }
  | {
      kind: "deliverable";
      by: Who;
      title: string;
      body: string;
      /** The statuses it then goes through, each set by someone, with an optional note. */
      statuses: { by: Who; status: "submitted" | "validated" | "changes-asked"; note?: string }[];
    };

interface DemoSession {
  weeksAgo: number;
  title: string;
  agenda: { title: string; durationMinutes: number }[];
  records: DemoRecord[];
}

const sessions: DemoSession[] = [
  {
    weeksAgo: 5,
    title: "Session 1 : le diagnostic",
    agenda: [
      { title: "Ce que disent les habitants", durationMinutes: 30 },
      { title: "Faut-il être sur les réseaux sociaux ?", durationMinutes: 45 },
    ],
    records: [
      {
        kind: "decision",
        by: "manager",
        statement: "Commencer par Facebook et le marché, pas par TikTok",
        options: ["Facebook et le marché", "Instagram", "TikTok"],
        chosenOption: "Facebook et le marché",
        reviewInWeeks: 2,
      },
      {
        kind: "path",
        by: "guest",
        title: "Une application mobile de la ville",
        description: "Une application pour les horaires, les travaux et les événements.",
        status: "abandoned",
        reason:
          "Trop coûteuse à entretenir pour une ville de 9 000 habitants ; le site et la lettre suffisent.",
      },
    ],
  },
  {
    weeksAgo: 3,
    title: "Session 2 : objectifs et publics",
    agenda: [
      { title: "Les besoins urgents depuis la dernière fois", durationMinutes: 15 },
      { title: "Objectifs et indicateurs", durationMinutes: 60 },
    ],
    records: [
      {
        kind: "need",
        by: "manager",
        need: "Annoncer la fermeture du pont de Loire pendant les travaux",
        needKind: "post",
        response: "Publication Facebook et affiche en mairie, relues par le service technique",
        metWeeksAgo: 4,
      },
      {
        kind: "decision",
        by: "guest",
        statement: "Mesurer la part de voix de la ville sur le marché du samedi",
        reviewInWeeks: 6,
      },
      {
        kind: "path",
        by: "manager",
        title: "Un jeu-concours photo du marché",
        status: "kept",
        reason: "Simple, peu coûteux, et il fait venir les familles",
      },
      {
        kind: "deliverable",
        by: "manager",
        title: "Texte de l'affiche « Le marché en famille »",
        body: "Samedi, le marché de Belleville se vit en famille : ateliers pour les enfants dès 9 h, place du Mail.",
        statuses: [{ by: "guest", status: "validated" }],
      },
    ],
  },
  {
    weeksAgo: 1,
    title: "Session 3 : messages et calendrier",
    agenda: [
      { title: "Messages et ton", durationMinutes: 40 },
      { title: "Les six prochaines semaines", durationMinutes: 40 },
    ],
    records: [
      {
        kind: "need",
        by: "guest",
        need: "Répondre aux commentaires sur la hausse du stationnement",
        needKind: "text",
        response: "Une réponse type pour la page Facebook, avec les horaires gratuits",
        metWeeksAgo: 2,
      },
      {
        kind: "deliverable",
        by: "manager",
        title: "Charte de modération de la page Facebook",
        body: "Nous répondons sous 48 heures ouvrées. Les propos injurieux sont masqués, jamais les critiques.",
        statuses: [
          { by: "manager", status: "submitted" },
          { by: "guest", status: "changes-asked", note: "Préciser qui répond le week-end" },
        ],
      },
    ],
  },
];

/** The sessions, `weeksAgo` before now, held by the manager (the consultant) with the guest (the client's agency). */
export async function createDemoSessions(
  ctx: Context,
  workspaceId: string,
  planId: string,
  people: { managerId: string; guestId: string; ownerId: string },
): Promise<void> {
  const actors: Record<Who, MemberActor> = {
    manager: { userId: people.managerId, anonymous: false, workspaceId, role: "manager" },
    guest: { userId: people.guestId, anonymous: false, workspaceId, role: "guest" },
  };
  const attendeeIds = [people.managerId, people.guestId, people.ownerId];
  const at = (weeksAgo: number) => new Date(ctx.now.getTime() - weeksAgo * 7 * day);
  for (const demo of sessions) {
    const held: Context = { ...ctx, now: at(demo.weeksAgo) };
    const session = await scheduleSession(held, actors.manager, planId, {
      title: demo.title,
      scheduledAt: at(demo.weeksAgo).toISOString(),
      attendeeIds,
      agenda: demo.agenda,
    });
    for (const record of demo.records) {
      const actor = actors[record.by];
      switch (record.kind) {
        case "decision":
          await recordDecision(held, actor, session.id, {
            statement: record.statement,
            ...(record.options ? { options: record.options } : {}),
            ...(record.chosenOption ? { chosenOption: record.chosenOption } : {}),
            carriedBy: actor.userId,
            reviewOn: dayOf(at(-record.reviewInWeeks)),
          });
          break;
        case "path":
          await recordPath(held, actor, session.id, {
            title: record.title,
            ...(record.description ? { description: record.description } : {}),
            status: record.status,
            reason: record.reason,
          });
          break;
        case "need":
          await recordUrgentNeed(held, actor, session.id, {
            need: record.need,
            kind: record.needKind,
            response: record.response,
            metOn: dayOf(at(record.metWeeksAgo)),
          });
          break;
        case "deliverable": {
          const deliverable = await recordDeliverable(held, actor, session.id, {
            title: record.title,
            body: record.body,
          });
          for (const { by, status, note } of record.statuses) {
            await changeDeliverableStatus(held, actors[by], deliverable.id, {
              status,
              ...(note ? { note } : {}),
            });
          }
          break;
        }
      }
    }
    await closeSession(held, actors.manager, session.id);
  }
}
