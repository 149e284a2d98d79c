// Writes a notification to each person concerned and tells their open pages, inside the act's transaction.
import type { Db } from "../../db/open-database.ts";
import { publishEvents } from "../../db/stores/events.ts";
import {
  type NotificationKind,
  type NotificationSubject,
  openNotificationStore,
  type Recipients,
} from "../../db/stores/notification-store.ts";

export interface NotifyInput extends NotificationSubject {
  kind: NotificationKind;
  /**
   * Who should hear of it, from the store's followersOf, authorOf, contributorsOf, participantsOf,
   * alertSubscribersOf or membersWithRoles.
   */
  recipients: (store: ReturnType<typeof openNotificationStore>) => Recipients;
  /** Who caused it, or already heard of it by another kind. */
  except: readonly string[];
}

/**
 * Notifies, honouring each person's preferences (see the store's `notify`); each shown notification is announced as
 * a `notification.created` event for its recipient only, and the e-mails leave after commit (notification-mailer).
 * Returns the recipients.
 */
export async function notify(tx: Db, workspaceId: string, input: NotifyInput, at: Date): Promise<string[]> {
  const store = openNotificationStore(tx, workspaceId);
  const { recipients, ...values } = input;
  const rows = await store.notify({ ...values, recipients: recipients(store) }, at);
  const subject = {
    ...(input.challengeId ? { challengeId: input.challengeId } : {}),
    ...(input.listeningProjectId ? { listeningProjectId: input.listeningProjectId } : {}),
    ...(input.planId ? { planId: input.planId } : {}),
  };
  await publishEvents(
    tx,
    rows.map((row) => ({
      event: {
        type: "notification.created",
        workspaceId,
        at: at.toISOString(),
        data: { notificationId: row.id, kind: input.kind, inApp: row.inApp, ...subject },
      },
      // Only an e-mail: no page hears of it, but the processes' e-mail sender wakes up.
      audience: row.inApp ? { kind: "person", userId: row.userId, workspaceId } : { kind: "processes" },
    })),
  );
  return rows.map((row) => row.userId);
}

/** Tells an idea's author it was selected: retained, or distinguished in a contest (not the one who selected it). */
export async function notifyIdeaSelected(
  tx: Db,
  actor: { workspaceId: string; userId: string },
  challengeId: string,
  ideaId: string,
  at: Date,
): Promise<string[]> {
  return notify(
    tx,
    actor.workspaceId,
    {
      kind: "idea-selected",
      challengeId,
      ideaId,
      recipients: (people) => people.authorOf(ideaId),
      except: [actor.userId],
    },
    at,
  );
}
