// The notification centre, behind the header's count: every notification of the person, newest first, by pages.
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import type { OwnNotificationData, OwnNotificationPageData } from "../../api/types.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { notificationsChanged } from "../../live/use-own-events.ts";
import { formatDateTime } from "../challenges/format.ts";
import { notificationLink, notificationSubject, notificationText } from "./notification-text.ts";

const pageSize = 30;

/** Where a notification leads: its idea or challenge, its project's alerts, its plan's sessions. */
function itemOf(n: OwnNotificationData): string {
  return notificationLink(n.workspace.id, n);
}

export function NotificationCentrePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [notifications, setNotifications] = useState<OwnNotificationData[]>();
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string>();

  const load = useCallback(async () => {
    try {
      const page = await api.get<OwnNotificationPageData>(`/notifications?limit=${pageSize}`);
      setNotifications(page.notifications);
      setNext(page.next);
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }, []);

  useEffect(() => {
    void load();
    const reload = () => void load();
    window.addEventListener(notificationsChanged, reload);
    return () => window.removeEventListener(notificationsChanged, reload);
  }, [load]);

  async function more() {
    if (!next) return;
    try {
      const page = await api.get<OwnNotificationPageData>(`/notifications?limit=${pageSize}&before=${next}`);
      setNotifications((list) => [...(list ?? []), ...page.notifications]);
      setNext(page.next);
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }

  async function markRead(ids?: string[]) {
    try {
      await api.post("/notifications/read", ids ? { ids } : {});
      setNotifications((list) => list?.map((n) => (!ids || ids.includes(n.id) ? { ...n, read: true } : n)));
      window.dispatchEvent(new Event(notificationsChanged));
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }

  async function open(n: OwnNotificationData) {
    if (!n.read) await markRead([n.id]);
    navigate(itemOf(n));
  }

  if (!notifications) return error ? <FormAlert error={error} /> : <Loading />;
  const unread = notifications.filter((n) => !n.read).length;
  return (
    <section className="narrow stack">
      <div className="page-head">
        <PageTitle text={t("notifications.title")} />
        <p className="meta">
          {t("notifications.unread", { count: unread })} ·{" "}
          <Link to="/notifications/preferences">{t("preferences.title")}</Link>
        </p>
      </div>
      <FormAlert error={error} />
      {unread > 0 && (
        <p>
          <button type="button" onClick={() => void markRead()}>
            {t("notifications.markAllRead")}
          </button>
        </p>
      )}
      {notifications.length === 0 ? (
        <p className="card">{t("notifications.none")}</p>
      ) : (
        <ul className="notification-centre">
          {notifications.map((n) => (
            <li key={n.id} className={n.read ? "notification card" : "notification card unread"}>
              <p>
                {!n.read && <span className="tag">{t("notifications.new")}</span>}{" "}
                <a
                  href={itemOf(n)}
                  onClick={(event) => {
                    event.preventDefault();
                    void open(n);
                  }}
                >
                  {notificationText(t, n)}
                </a>
              </p>
              <p className="meta">
                {n.workspace.name} · {formatDateTime(n.createdAt, i18n.language)}
              </p>
              {!n.read && (
                <button type="button" className="link-button" onClick={() => void markRead([n.id])}>
                  {t("notifications.markRead")}
                  <span className="visually-hidden"> {notificationSubject(n)}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {next && (
        <button type="button" onClick={() => void more()}>
          {t("notifications.more")}
        </button>
      )}
    </section>
  );
}
