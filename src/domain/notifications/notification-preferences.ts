// A person chooses, per kind of notification, whether to hear it in the app and by e-mail; or stops one kind's e-mails.
import { instanceSecret } from "../../db/stores/notification-outbox.ts";
import type { NotificationKind } from "../../db/stores/notification-store.ts";
import { notificationKinds, openPreferenceStore, type Preference } from "../../db/stores/preference-store.ts";
import { AppError } from "../../errors.ts";
import type { Actor, Context } from "../context.ts";
import { type Action, can, type Role, roles } from "../permissions.ts";
import { unsubscribeKeyName } from "./send-notification-emails.ts";
import { verifyUnsubscribe } from "./unsubscribe-token.ts";

export interface PreferencesView {
  preferences: Preference[];
  /** An anonymous identity has no address, so e-mail is off for it whatever its choices. */
  emailAvailable: boolean;
}

/**
 * The kinds only some roles can receive, with the action that lets them: a person sees these kinds among their
 * preferences only when a role of theirs, in some workspace, allows it (a participant never hears of plans).
 */
const kindsByAction: Partial<Record<NotificationKind, Action>> = {
  "listening-alert": "listening.read",
  "decision-review": "plan.read",
};

export async function readPreferences(ctx: Context, actor: Actor): Promise<PreferencesView> {
  const store = openPreferenceStore(ctx.db, actor.userId);
  const held = (await store.roles()).filter((role): role is Role =>
    (roles as readonly string[]).includes(role),
  );
  const relevant = (kind: NotificationKind) => {
    const action = kindsByAction[kind];
    return action === undefined || held.some((role) => can(role, action));
  };
  return {
    preferences: (await store.all()).filter((p) => relevant(p.kind)),
    emailAvailable: !actor.anonymous,
  };
}

/** Saves the given kinds (each kind at most once); the others keep their channels. */
export async function savePreferences(
  ctx: Context,
  actor: Actor,
  preferences: readonly Preference[],
): Promise<PreferencesView> {
  const seen = new Set<NotificationKind>();
  for (const [index, preference] of preferences.entries()) {
    if (seen.has(preference.kind)) {
      throw new AppError("invalid-input", `The kind ${preference.kind} is given twice.`, {
        field: `preferences/${index}/kind`,
      });
    }
    seen.add(preference.kind);
  }
  await openPreferenceStore(ctx.db, actor.userId).save(preferences, ctx.now);
  return readPreferences(ctx, actor);
}

/** Follows a signed unsubscribe link: turns off e-mails of its kind for its person, without signing in. */
export async function unsubscribe(ctx: Context, token: string): Promise<{ kind: NotificationKind }> {
  const claim = verifyUnsubscribe(await instanceSecret(ctx.db, unsubscribeKeyName), token);
  const kind = notificationKinds.find((k) => k === claim?.kind);
  if (!claim || !kind) {
    throw new AppError("unsubscribe-token-invalid", "This unsubscribe link is not valid.", {
      field: "token",
    });
  }
  await openPreferenceStore(ctx.db, claim.userId).stopEmail(kind, ctx.now);
  return { kind };
}
