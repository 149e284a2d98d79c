// The opinion map drawn as SVG: groups on a plane sized by members, the viewer marked, then each group's statements
// and the consensus, as lists (the drawing's text alternative).
import { useTranslation } from "react-i18next";
import type { OpinionMapData } from "../../api/types.ts";
import { drawnExtent, groupLetter, groupRadius, MAP_HEIGHT, MAP_WIDTH, scaler } from "./map-geometry.ts";

const percent = (rate: number) => Math.round(rate * 100);

export function OpinionMapView({ map }: { map: OpinionMapData | null }) {
  const { t } = useTranslation();
  if (!map || map.groups.length === 0) {
    return (
      <div className="opinion-map">
        <h3 id="opinion-map-title">{t("conversation.map.title")}</h3>
        <p>{t("conversation.map.empty")}</p>
      </div>
    );
  }
  const at = scaler(
    drawnExtent([
      ...map.groups.map((g) => [g.x, g.y] as const),
      ...(map.me ? [[map.me.x, map.me.y] as const] : []),
    ]),
  );
  const me = map.me && at(map.me.x, map.me.y);
  const placed = map.groups.reduce((sum, g) => sum + g.size, 0);
  const summary = t("conversation.map.summary", {
    groups: map.groups.length,
    participants: map.participants.total,
    votes: map.voteCount,
  });
  return (
    <div className="opinion-map" data-vote-count={map.voteCount}>
      <h3 id="opinion-map-title">{t("conversation.map.title")}</h3>
      <p className="meta">{summary}</p>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="img"
        aria-labelledby="opinion-map-svg-title opinion-map-desc"
        className="opinion-map-drawing"
      >
        <title id="opinion-map-svg-title">{t("conversation.map.title")}</title>
        <desc id="opinion-map-desc">
          {map.groups
            .map((g) => t("conversation.map.groupShort", { name: groupLetter(g.id), count: g.size }))
            .join(", ")}
          {map.me?.group != null && `. ${t("conversation.map.youIn", { name: groupLetter(map.me.group) })}`}
        </desc>
        <line x1="0" y1={MAP_HEIGHT / 2} x2={MAP_WIDTH} y2={MAP_HEIGHT / 2} className="axis" />
        <line x1={MAP_WIDTH / 2} y1="0" x2={MAP_WIDTH / 2} y2={MAP_HEIGHT} className="axis" />
        {map.groups.map((g) => {
          const [x, y] = at(g.x, g.y);
          const r = groupRadius(g.size, placed);
          // The group's name sits above its circle (below it near the top edge), so the viewer's mark inside stays clear.
          const labelY = y - r - 8 >= 14 ? y - r - 8 : y + r + 18;
          return (
            <g key={g.id} className={`group group-${g.id % 5}`}>
              <circle cx={x} cy={y} r={r} />
              <text x={x} y={labelY} textAnchor="middle">
                {groupLetter(g.id)} · {g.size}
              </text>
            </g>
          );
        })}
        {me && (
          <g className="me">
            <circle cx={me[0]} cy={me[1]} r="6" />
            <text x={me[0]} y={me[1] + 22} textAnchor="middle">
              {t("conversation.map.you")}
            </text>
          </g>
        )}
      </svg>
      <div className="map-groups">
        {map.groups.map((g) => (
          <section key={g.id} aria-labelledby={`group-${g.id}-title`} className="map-group">
            <h4 id={`group-${g.id}-title`}>
              {t("conversation.map.group", { name: groupLetter(g.id), count: g.size })}
              {map.me?.group === g.id && <span className="tag">{t("conversation.map.yourGroup")}</span>}
            </h4>
            <ul>
              {g.representative.map((r) => (
                <li key={r.statement.number}>
                  <span className={`rate rate-${r.direction}`}>
                    {t(`conversation.map.${r.direction}`, { percent: percent(r.rate) })}
                  </span>{" "}
                  {r.statement.body}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <section aria-labelledby="consensus-title" className="map-consensus">
        <h4 id="consensus-title">{t("conversation.map.consensus")}</h4>
        {map.consensus.agree.length === 0 && map.consensus.disagree.length === 0 ? (
          <p>{t("conversation.map.noConsensus")}</p>
        ) : (
          <ul>
            {map.consensus.agree.map((c) => (
              <li key={`a${c.statement.number}`}>
                <span className="rate rate-agree">{t("conversation.map.allAgree")}</span> {c.statement.body}
              </li>
            ))}
            {map.consensus.disagree.map((c) => (
              <li key={`d${c.statement.number}`}>
                <span className="rate rate-disagree">{t("conversation.map.allDisagree")}</span>{" "}
                {c.statement.body}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
