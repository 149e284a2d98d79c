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

/** The sessions, `weeksAgo` before now, held by the manager (the consultant) with the guest (the client's agency). */
export async function createDemoSessions(
  ctx: Context,
  workspaceId: string,
  planId: string,
  people: { managerId: string; guestId: string; ownerId: string },
): Promise<void> {
  const manager: MemberActor = { userId: people.managerId, anonymous: false, workspaceId, role: "manager" };
  const guest: MemberActor = { userId: people.guestId, anonymous: false, workspaceId, role: "guest" };
  const attendeeIds = [people.managerId, people.guestId, people.ownerId];
  const at = (weeksAgo: number) => new Date(ctx.now.getTime() - weeksAgo * 7 * day);
  const held = (weeksAgo: number): Context => ({ ...ctx, now: at(weeksAgo) });

  const first = await scheduleSession(held(5), manager, planId, {
    title: "Session 1 : le diagnostic",
    scheduledAt: at(5).toISOString(),
    attendeeIds,
    agenda: [
      { title: "Ce que disent les habitants", durationMinutes: 30 },
      { title: "Faut-il être sur les réseaux sociaux ?", durationMinutes: 45 },
    ],
  });
  await recordDecision(held(5), manager, first.id, {
    statement: "Commencer par Facebook et le marché, pas par TikTok",
    options: ["Facebook et le marché", "Instagram", "TikTok"],
    chosenOption: "Facebook et le marché",
    carriedBy: people.managerId,
    reviewOn: dayOf(at(-2)),
  });
  await recordPath(held(5), guest, first.id, {
    title: "Une application mobile de la ville",
    description: "Une application pour les horaires, les travaux et les événements.",
    status: "abandoned",
    reason: "Trop coûteuse à entretenir pour une ville de 9 000 habitants ; le site et la lettre suffisent.",
  });
  await closeSession(held(5), manager, first.id);

  const second = await scheduleSession(held(3), manager, planId, {
    title: "Session 2 : objectifs et publics",
    scheduledAt: at(3).toISOString(),
    attendeeIds,
    agenda: [
      { title: "Les besoins urgents depuis la dernière fois", durationMinutes: 15 },
      { title: "Objectifs et indicateurs", durationMinutes: 60 },
    ],
  });
  await recordUrgentNeed(held(3), manager, second.id, {
    need: "Annoncer la fermeture du pont de Loire pendant les travaux",
    kind: "post",
    response: "Publication Facebook et affiche en mairie, relues par le service technique",
    metOn: dayOf(at(4)),
  });
  await recordDecision(held(3), guest, second.id, {
    statement: "Mesurer la part de voix de la ville sur le marché du samedi",
    carriedBy: people.guestId,
    reviewOn: dayOf(at(-6)),
  });
  await recordPath(held(3), manager, second.id, {
    title: "Un jeu-concours photo du marché",
    status: "kept",
    reason: "Simple, peu coûteux, et il fait venir les familles",
  });
  const poster = await recordDeliverable(held(3), manager, second.id, {
    title: "Texte de l'affiche « Le marché en famille »",
    body: "Samedi, le marché de Belleville se vit en famille : ateliers pour les enfants dès 9 h, place du Mail.",
  });
  await changeDeliverableStatus(held(3), guest, poster.id, { status: "validated" });
  await closeSession(held(3), manager, second.id);

  const third = await scheduleSession(held(1), manager, planId, {
    title: "Session 3 : messages et calendrier",
    scheduledAt: at(1).toISOString(),
    attendeeIds,
    agenda: [
      { title: "Messages et ton", durationMinutes: 40 },
      { title: "Les six prochaines semaines", durationMinutes: 40 },
    ],
  });
  await recordUrgentNeed(held(1), guest, third.id, {
    need: "Répondre aux commentaires sur la hausse du stationnement",
    kind: "text",
    response: "Une réponse type pour la page Facebook, avec les horaires gratuits",
    metOn: dayOf(at(2)),
  });
  const charter = await recordDeliverable(held(1), manager, third.id, {
    title: "Charte de modération de la page Facebook",
    body: "Nous répondons sous 48 heures ouvrées. Les propos injurieux sont masqués, jamais les critiques.",
  });
  await changeDeliverableStatus(held(1), manager, charter.id, { status: "submitted" });
  await changeDeliverableStatus(held(1), guest, charter.id, {
    status: "changes-asked",
    note: "Préciser qui répond le week-end",
  });
  await closeSession(held(1), manager, third.id);
}
