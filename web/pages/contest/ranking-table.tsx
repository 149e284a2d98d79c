// The combined ranking of a contest's finalists: jury part, community part and total, as percentages.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ContestData } from "../../api/types.ts";

type Ranking = NonNullable<ContestData["ranking"]>;

export function RankingTable({
  ranking,
  juryShare,
  workspaceId,
  caption,
}: {
  ranking: Ranking;
  juryShare: number;
  workspaceId: string;
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 1 });
  const part = (value: number | null) => (value === null ? t("contest.notScored") : percent.format(value));
  return (
    <div className="table-scroll">
      <table className="ranking-table">
        <caption>
          {caption}
          <span className="meta">
            {" "}
            {t("contest.shares", { jury: juryShare, community: 100 - juryShare })}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("contest.rank")}</th>
            <th scope="col">{t("contest.idea")}</th>
            <th scope="col">{t("contest.juryPart")}</th>
            <th scope="col">{t("contest.communityPart")}</th>
            <th scope="col">{t("contest.total")}</th>
          </tr>
        </thead>
        <tbody>
          {ranking.map((row) => (
            <tr key={row.ideaId}>
              <td>{row.rank}</td>
              <th scope="row">
                <Link to={`/workspaces/${workspaceId}/ideas/${row.ideaId}`}>{row.title}</Link>
                {row.award && (
                  <span className="badge award">
                    <span aria-hidden="true">🏆 </span>
                    {row.award}
                  </span>
                )}
                <span className="meta"> {t("idea.by", { name: row.authorName })}</span>
              </th>
              <td>{part(row.juryPart)}</td>
              <td>
                {part(row.communityPart)}{" "}
                <span className="meta">({t("idea.supports", { count: row.supportCount })})</span>
              </td>
              <td>
                <strong>{percent.format(row.total)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
