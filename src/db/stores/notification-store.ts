// Queries of notifications opened for one workspace: every read and write is filtered by its id.
import { and, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { challenges, ideas } from "../schema/challenges.ts";
import { listeningProjects } from "../schema/listening.ts";
import type { NotificationDetails } from "../schema/notification-details.ts";
import { notifications } from "../schema/notifications.ts";
import { plans } from "../schema/plans.ts";

export type NotificationKind = (typeof notifications.$inferSelect)["kind"];

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  challengeId: string | null;
  challengeTitle: string | null;
  ideaId: string | null;
  ideaTitle: string | null;
  phase: string | null;
  listeningProjectId: string | null;
  listeningProjectName: string | null;
  planId: string | null;
  planTitle: string | null;
  details: NotificationDetails | null;
  createdAt: Date;
  readAt: Date | null;
}

/** What a notification is about: a challenge (an idea, a phase), a listening project or a plan, and its details. */
export interface NotificationSubject {
  challengeId?: string | null;
  ideaId?: string | null;
  phase?: string | null;
  listeningProjectId?: string | null;
  planId?: string | null;
  details?: NotificationDetails | null;
}

/** A notification just written: to whom, and whether it shows in the app (else it only goes by e-mail). */
export interface NewNotification {
  id: string;
  userId: string;
  inApp: boolean;
}

/** Who should hear of something: a SELECT of one `user_id` column. */
export type Recipients = SQL;

/** Opens the notification store of one workspace; `db` may be a transaction. */
export function openNotificationStore(db: Db, workspaceId: string) {
  return {
    /** Everyone who submitted, commented on or supported an idea of the challenge. */
    contributorsOf(challengeId: string): Recipients {
      return contributorsOf(workspaceId, challengeId);
    },

    /** The followers of an idea. */
    followersOf(ideaId: string): Recipients {
      return sql`SELECT user_id FROM follows WHERE workspace_id = ${workspaceId} AND idea_id = ${ideaId}`;
    },

    /** The author of an idea. */
    authorOf(ideaId: string): Recipients {
      return sql`SELECT author_id AS user_id FROM ideas WHERE workspace_id = ${workspaceId} AND id = ${ideaId}`;
    },

    /** The authors of the ideas of a group of converging ideas (those an action of the group answers). */
    authorsInGroup(groupId: string): Recipients {
      return sql`
        SELECT i.author_id AS user_id FROM idea_group_members gm
          JOIN ideas i ON i.id = gm.idea_id AND i.workspace_id = ${workspaceId}
          WHERE gm.workspace_id = ${workspaceId} AND gm.group_id = ${groupId}`;
    },

    /** Everyone who took part in a challenge: its contributors, and whoever follows one of its ideas. */
    participantsOf(challengeId: string): Recipients {
      return sql`
        ${contributorsOf(workspaceId, challengeId)}
        UNION
        SELECT f.user_id FROM follows f JOIN ideas i ON i.id = f.idea_id
          WHERE f.workspace_id = ${workspaceId} AND i.challenge_id = ${challengeId}`;
    },

    /** The members who asked to hear the alerts of a listening project, if their role is one of `roles`. */
    alertSubscribersOf(projectId: string, roles: readonly string[]): Recipients {
      return sql`
        SELECT s.user_id FROM listening_alert_subscribers s
          JOIN memberships m ON m.workspace_id = s.workspace_id AND m.user_id = s.user_id
          WHERE s.workspace_id = ${workspaceId} AND s.project_id = ${projectId}
            AND m.role::text IN (${sql.join(
              roles.map((role) => sql`${role}`),
              sql`, `,
            )})`;
    },

    /** The members whose role is one of `roles`, and `also` when their role is one of `alsoRoles`. */
    membersWithRoles(
      roles: readonly string[],
      also?: { userId: string; roles: readonly string[] },
    ): Recipients {
      const list = (values: readonly string[]) =>
        sql.join(
          values.map((role) => sql`${role}`),
          sql`, `,
        );
      const extra = also ? sql`OR (user_id = ${also.userId} AND role::text IN (${list(also.roles)}))` : sql``;
      return sql`
        SELECT user_id FROM memberships
          WHERE workspace_id = ${workspaceId} AND (role::text IN (${list(roles)}) ${extra})`;
    },

    /**
     * Writes one notification of `kind` to each recipient still a member of the workspace, but not to `except`,
     * honouring each one's preferences: a kind turned off on both channels writes nothing; off in the app but on by
     * e-mail writes a row the list does not show. E-mail is wanted only from full accounts with an address. Each
     * person hears once, however many times the recipients list them.
     */
    async notify(
      values: NotificationSubject & {
        kind: NotificationKind;
        recipients: Recipients;
        except: readonly string[];
      },
      at: Date,
    ): Promise<NewNotification[]> {
      const except =
        values.except.length > 0
          ? sql`people.user_id NOT IN (${sql.join(
              values.except.map((id) => sql`${id}::uuid`),
              sql`, `,
            )})`
          : sql`true`;
      const result = await db.execute<{ id: string; user_id: string; in_app: boolean }>(sql`
        INSERT INTO notifications
          (workspace_id, user_id, kind, challenge_id, idea_id, phase, listening_project_id, plan_id, details,
            created_at, in_app, email_pending)
        SELECT ${workspaceId}, wanted.user_id, ${values.kind}, ${values.challengeId ?? null}, ${values.ideaId ?? null},
          ${values.phase ?? null}, ${values.listeningProjectId ?? null}, ${values.planId ?? null},
          ${values.details ? JSON.stringify(values.details) : null}::jsonb, ${at}, wanted.in_app, wanted.email
        FROM (
          SELECT people.user_id,
            COALESCE(p.in_app, true) AS in_app,
            (COALESCE(p.email, true) AND u.email IS NOT NULL AND NOT u.anonymous) AS email
          FROM (SELECT DISTINCT user_id FROM (${values.recipients}) listed) people
          JOIN memberships m ON m.workspace_id = ${workspaceId} AND m.user_id = people.user_id
          JOIN users u ON u.id = people.user_id
          LEFT JOIN notification_preferences p ON p.user_id = people.user_id AND p.kind = ${values.kind}
          WHERE ${except}
        ) wanted
        WHERE wanted.in_app OR wanted.email
        RETURNING id, user_id, in_app`);
      return result.rows.map((row) => ({ id: row.id, userId: row.user_id, inApp: row.in_app }));
    },

    /** A member's notifications shown in the app, newest first (at most `limit`). */
    async list(userId: string, options: { unreadOnly: boolean; limit: number }): Promise<NotificationView[]> {
      return db
        .select({
          id: notifications.id,
          kind: notifications.kind,
          challengeId: notifications.challengeId,
          challengeTitle: challenges.title,
          ideaId: notifications.ideaId,
          ideaTitle: ideas.title,
          phase: notifications.phase,
          listeningProjectId: notifications.listeningProjectId,
          listeningProjectName: listeningProjects.name,
          planId: notifications.planId,
          planTitle: plans.title,
          details: notifications.details,
          createdAt: notifications.createdAt,
          readAt: notifications.readAt,
        })
        .from(notifications)
        .leftJoin(challenges, eq(challenges.id, notifications.challengeId))
        .leftJoin(ideas, eq(ideas.id, notifications.ideaId))
        .leftJoin(listeningProjects, eq(listeningProjects.id, notifications.listeningProjectId))
        .leftJoin(plans, eq(plans.id, notifications.planId))
        .where(
          and(
            eq(notifications.workspaceId, workspaceId),
            eq(notifications.userId, userId),
            eq(notifications.inApp, true),
            options.unreadOnly ? isNull(notifications.readAt) : undefined,
          ),
        )
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(options.limit);
    },

    /** Marks the member's notifications read: those of `ids`, or all of them. */
    async markRead(userId: string, ids: string[] | undefined, at: Date): Promise<void> {
      await db
        .update(notifications)
        .set({ readAt: at })
        .where(
          and(
            eq(notifications.workspaceId, workspaceId),
            eq(notifications.userId, userId),
            isNull(notifications.readAt),
            ids ? inArray(notifications.id, ids) : undefined,
          ),
        );
    },
  };
}

function contributorsOf(workspaceId: string, challengeId: string): Recipients {
  return sql`
    SELECT author_id AS user_id FROM ideas WHERE workspace_id = ${workspaceId} AND challenge_id = ${challengeId}
    UNION
    SELECT c.author_id FROM comments c JOIN ideas i ON i.id = c.idea_id
      WHERE c.workspace_id = ${workspaceId} AND i.challenge_id = ${challengeId}
    UNION
    SELECT s.user_id FROM supports s JOIN ideas i ON i.id = s.idea_id
      WHERE s.workspace_id = ${workspaceId} AND i.challenge_id = ${challengeId}`;
}

/** The number of unread in-app notifications of a member, over every workspace they belong to. */
export async function unreadCount(db: Db, userId: string): Promise<number> {
  const result = await db.execute<{ count: number }>(sql`
    SELECT count(*)::int AS count FROM notifications n
    JOIN memberships m ON m.workspace_id = n.workspace_id AND m.user_id = n.user_id
    WHERE n.user_id = ${userId} AND n.in_app AND n.read_at IS NULL`);
  return result.rows[0]?.count ?? 0;
}
