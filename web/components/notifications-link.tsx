// The header's link to "my notifications", with the number of unread ones, updated live when one arrives.
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { client } from "../api/typed-client.ts";
import { notificationsChanged, useOwnEvents } from "../live/use-own-events.ts";

export function NotificationsLink() {
  const { t } = useTranslation();
  const [unread, setUnread] = useState(0);

  const load = useCallback(async () => {
    try {
      setUnread((await client.get("/notifications/unread-count")).unread);
    } catch {
      // The count is a hint; the header stays usable without it.
    }
  }, []);

  useEffect(() => {
    void load();
    const reload = () => void load();
    window.addEventListener(notificationsChanged, reload);
    return () => window.removeEventListener(notificationsChanged, reload);
  }, [load]);

  useOwnEvents(
    true,
    (event) => {
      if (event.type !== "notification.created") return;
      void load();
      // Lists of notifications on the page reload too.
      window.dispatchEvent(new Event(notificationsChanged));
    },
    () => void load(),
  );

  return (
    <NavLink to="/notifications" className="notifications-link">
      {t("nav.notifications")}
      {unread > 0 && " "}
      {unread > 0 && (
        <span className="count-badge" data-testid="unread-count">
          <span aria-hidden="true">{unread}</span>
          <span className="visually-hidden">{t("nav.unread", { count: unread })}</span>
        </span>
      )}
    </NavLink>
  );
}
