// My notifications in a workspace: official answers and outcomes of ideas I follow, debriefs of challenges I joined.
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import type { NotificationData } from "../../api/types.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { notificationsChanged } from "../../live/use-own-events.ts";
import { formatDateTime } from "../challenges/format.ts";
import { notificationLink, notificationText } from "./notification-text.ts";

export function NotificationsSection({ workspaceId, refresh }: { workspaceId: string; refresh: number }) {
  const { t, i18n } = useTranslation();
  const [notifications, setNotifications] = useState<NotificationData[]>();
  const [error, setError] = useState<string>();
  const load = useCallback(async () => {
    try {
      setNotifications(
        (await client.get("/workspaces/:workspaceId/notifications", { params: { workspaceId } }))
          .notifications,
      );
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }, [workspaceId]);

  useEffect(() => {
    void refresh;
    void load();
  }, [load, refresh]);

  useEffect(() => {
    const reload = () => void load();
    window.addEventListener(notificationsChanged, reload);
    return () => window.removeEventListener(notificationsChanged, reload);
  }, [load]);

  async function markAllRead() {
    try {
      await client.post("/workspaces/:workspaceId/notifications/read", { params: { workspaceId }, body: {} });
      setNotifications((list) => list?.map((n) => ({ ...n, read: true })));
      window.dispatchEvent(new Event(notificationsChanged));
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }

  if (!notifications || notifications.length === 0) return error ? <FormAlert error={error} /> : null;
  const unread = notifications.filter((n) => !n.read).length;
  return (
    <section aria-labelledby="notifications-title" className="card">
      <h2 id="notifications-title">{t("notifications.title")}</h2>
      <p className="meta">
        {t("notifications.unread", { count: unread })}{" "}
        <Link to="/notifications/preferences">{t("preferences.title")}</Link>
      </p>
      <FormAlert error={error} />
      <ul className="notification-list">
        {notifications.slice(0, 20).map((n) => {
          const to = notificationLink(workspaceId, n);
          return (
            <li key={n.id} className={n.read ? "notification" : "notification unread"}>
              {!n.read && <span className="tag">{t("notifications.new")}</span>}{" "}
              <Link to={to}>{notificationText(t, n)}</Link>{" "}
              <span className="meta">{formatDateTime(n.createdAt, i18n.language)}</span>
            </li>
          );
        })}
      </ul>
      {unread > 0 && (
        <button type="button" onClick={() => void markAllRead()}>
          {t("notifications.markAllRead")}
        </button>
      )}
    </section>
  );
}
