// Adds to the demo plan a calendar of the coming weeks, dated from the day the demo is created: publications and
// actions on several channels, two flagged as due soon and not ready, one late, one approved by the client, one with
// changes asked, the launch of the demo challenge, and content held ready for the first snowfall.
import type { CreateCalendarItem } from "../../contracts/plan-calendar.ts";
import { openPlanCalendarStore } from "../../db/stores/plan-calendar-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { addDays } from "../plans/calendar-dates.ts";
import { createCalendarEvent } from "../plans/calendar-event-write.ts";
import { reviewCalendarItem } from "../plans/calendar-item-review.ts";
import { createCalendarItem } from "../plans/calendar-item-write.ts";
import { dayIn, workspaceTimeZone } from "../plans/calendar-time-zone.ts";

const all = { textWritten: true, visualReady: true, validated: false, scheduled: true };

/** The calendar, written by the manager (the consultant), reviewed by the guest (the client's agency). */
export async function createDemoCalendar(
  ctx: Context,
  workspaceId: string,
  planId: string,
  people: { managerId: string; guestId: string },
): Promise<void> {
  const manager: MemberActor = { userId: people.managerId, anonymous: false, workspaceId, role: "manager" };
  const guest: MemberActor = { userId: people.guestId, anonymous: false, workspaceId, role: "guest" };
  const today = dayIn(await workspaceTimeZone(ctx.db, workspaceId), ctx.now);
  const on = (days: number) => addDays(today, days);
  const [challenge] = await openPlanCalendarStore(ctx.db, workspaceId).challenges();
  const snow = await createCalendarEvent(ctx, manager, planId, {
    title: "Première neige",
    description: "Le jour où la neige tient sur la place : le marché a lieu quand même.",
  });
  const items: CreateCalendarItem[] = [
    {
      title: "Merci aux exposants du marché de novembre",
      channel: "Facebook",
      dueOn: on(-3),
      dueTime: "12:00",
      status: "published",
      checklist: { ...all, validated: true },
    },
    {
      title: "Lettre d'information de décembre",
      channel: "Lettre d'information",
      dueOn: on(-1),
      status: "ready",
      checklist: { ...all, validated: true, scheduled: false },
    },
    {
      title: "Rappel : le marché du samedi change de place",
      channel: "Facebook",
      dueOn: on(1),
      dueTime: "09:00",
      status: "draft",
      message: "Dès samedi, le marché s'installe place de la Loire. Plan d'accès en commentaire.",
      checklist: { textWritten: true, visualReady: false, validated: false, scheduled: false },
    },
    {
      kind: "action",
      title: "Lancer le défi « Réinventons le marché du samedi »",
      channel: "Site web",
      dueOn: on(2),
      dueTime: "18:00",
      status: "ready",
      challengeId: challenge?.id ?? null,
      message: "Ouverture des contributions, relayée par l'affichage au marché et par Facebook.",
      checklist: all,
    },
    {
      title: "Portrait d'un commerçant : la fromagère",
      channel: "Instagram",
      dueOn: on(5),
      dueTime: "18:30",
      status: "ready",
      message: "Trente ans de marché, trois générations de clients.",
      checklist: { ...all, validated: false },
    },
    {
      title: "Vidéo : les coulisses du marché à 6 heures",
      channel: "Instagram",
      dueOn: on(9),
      status: "draft",
      checklist: { textWritten: true, visualReady: false, validated: false, scheduled: false },
    },
    {
      kind: "action",
      title: "Affiches de la fête du marché",
      channel: "Affichage",
      dueOn: on(14),
      status: "idea",
    },
    {
      title: "Le marché sous la neige : photos et horaires",
      channel: "Instagram",
      eventId: snow.id,
      dueTime: "08:00",
      status: "draft",
      message: "Le marché est ouvert ! Venez bien couverts : vin chaud offert au stand de la mairie.",
      checklist: { textWritten: true, visualReady: true, validated: false, scheduled: false },
    },
  ];
  const created = [];
  for (const [index, item] of items.entries())
    created.push(
      await createCalendarItem(ctx, manager, planId, {
        ...item,
        ownerId: index % 2 ? people.guestId : people.managerId,
      }),
    );
  const [portrait, video] = [created[4], created[5]];
  if (portrait) await reviewCalendarItem(ctx, guest, portrait.id, { decision: "approve" });
  if (video)
    await reviewCalendarItem(ctx, guest, video.id, {
      decision: "ask-changes",
      comment: "Montrer aussi les producteurs bio, pas seulement les forains.",
    });
}
