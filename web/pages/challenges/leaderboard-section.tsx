// The leaderboard of a challenge: points for taking part, when the brief shows it (managers always see it).
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { client } from "../../api/typed-client.ts";
import type { LeaderboardData } from "../../api/types.ts";
import { CheckboxField } from "../../components/form-field.tsx";

export function LeaderboardSection({
  workspaceId,
  challengeId,
  myId,
  refresh,
}: {
  workspaceId: string;
  challengeId: string;
  myId: string | undefined;
  refresh: unknown;
}) {
  const { t } = useTranslation();
  const [board, setBoard] = useState<LeaderboardData>();

  useEffect(() => {
    void refresh;
    client
      .get("/workspaces/:workspaceId/challenges/:challengeId/leaderboard", {
        params: { workspaceId, challengeId },
      })
      .then(setBoard, () => setBoard(undefined));
  }, [workspaceId, challengeId, refresh]);

  if (!board || (!board.enabled && board.entries.length === 0)) return null;
  const setHidden = (hidden: boolean) =>
    client
      .put("/workspaces/:workspaceId/challenges/:challengeId/leaderboard/me", {
        params: { workspaceId, challengeId },
        body: { hidden },
      })
      .then(() =>
        client.get("/workspaces/:workspaceId/challenges/:challengeId/leaderboard", {
          params: { workspaceId, challengeId },
        }),
      )
      .then(setBoard, () => {});
  const top = board.entries.slice(0, 10);
  const me = board.entries.find((entry) => entry.user.id === myId);
  return (
    <section aria-labelledby="leaderboard-title" className="card">
      <h2 id="leaderboard-title">{t("leaderboard.title")}</h2>
      {!board.enabled && <p className="meta">{t("leaderboard.managersOnly")}</p>}
      {top.length === 0 ? (
        <p>{t("leaderboard.empty")}</p>
      ) : (
        <ol className="leaderboard">
          {top.map((entry) => (
            <li key={entry.user.id} className={entry.user.id === myId ? "me" : undefined}>
              <span className="rank">{t("leaderboard.rank", { count: entry.rank, ordinal: true })}</span>
              <span className="who">
                {entry.user.name}
                {entry.user.id === myId && <span className="tag">{t("workspace.you")}</span>}
              </span>
              <span className="points">{t("leaderboard.points", { count: entry.points })}</span>
              {entry.badges.length > 0 && (
                <ul className="badges" aria-label={t("leaderboard.badgesLabel")}>
                  {entry.badges.map((badge) => (
                    <li
                      key={badge}
                      className={`badge badge-${badge}`}
                      title={t(`leaderboard.badgeHint.${badge}`)}
                    >
                      {t(`leaderboard.badge.${badge}`)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {me && !top.includes(me) && <p>{t("leaderboard.mine", { rank: me.rank, count: me.points })}</p>}
      {myId && (
        <CheckboxField
          name="hide-me"
          idPrefix="leaderboard"
          label={t("leaderboard.hideMe")}
          hint={t("leaderboard.hideMeHint")}
          checked={board.hiddenMe}
          onChecked={(hidden) => void setHidden(hidden)}
        />
      )}
    </section>
  );
}
