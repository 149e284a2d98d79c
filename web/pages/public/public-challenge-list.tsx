// The public challenges of a home page in three lists: challenges, conversations, and published debriefs.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { PublicChallengeSummaryData } from "../../api/types.ts";
import { PhaseBadge } from "../challenges/challenge-page.tsx";
import { formatDateTime } from "../challenges/format.ts";

function ChallengeCard({
  item,
  showWorkspace,
}: {
  item: PublicChallengeSummaryData;
  showWorkspace: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { challenge, workspace } = item;
  return (
    <li className="card public-card">
      <h3>
        <Link to={`/public/challenges/${challenge.id}`}>{challenge.title}</Link>
      </h3>
      <p className="meta">
        <PhaseBadge challenge={challenge} />
        {showWorkspace && (
          <>
            {" "}
            <Link to={`/w/${workspace.id}`}>{workspace.name}</Link>
          </>
        )}
      </p>
      <p className="meta">
        {challenge.nextDeadline
          ? t("challenges.nextDeadline", {
              what: t(`timeline.${challenge.nextDeadline.field}`),
              date: formatDateTime(challenge.nextDeadline.at, i18n.language),
            })
          : t("challenges.finished")}
      </p>
      <p className="meta">
        {t("brief.ideaCount", { count: challenge.ideaCount })} ·{" "}
        {t("brief.participation", { count: challenge.participantCount })}
      </p>
    </li>
  );
}

/** The lists of a home page; each list is left out when empty, and a sentence says when there is nothing at all. */
export function PublicChallengeLists({
  items,
  showWorkspace,
}: {
  items: PublicChallengeSummaryData[];
  showWorkspace: boolean;
}) {
  const { t } = useTranslation();
  const conversations = items.filter((i) => i.challenge.conversation);
  const debriefs = items.filter((i) => i.challenge.debrief?.publishedAt);
  if (items.length === 0) return <p className="card">{t("publicHome.none")}</p>;
  return (
    <>
      <section aria-labelledby="public-challenges-title" className="stack">
        <h2 id="public-challenges-title">{t("publicHome.challenges")}</h2>
        <ul className="public-grid">
          {items.map((item) => (
            <ChallengeCard key={item.challenge.id} item={item} showWorkspace={showWorkspace} />
          ))}
        </ul>
      </section>
      {conversations.length > 0 && (
        <section aria-labelledby="public-conversations-title" className="stack">
          <h2 id="public-conversations-title">{t("publicHome.conversations")}</h2>
          <ul className="plain-list">
            {conversations.map(({ challenge }) => (
              <li key={challenge.id}>
                <Link to={`/public/challenges/${challenge.id}`}>{challenge.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {debriefs.length > 0 && (
        <section aria-labelledby="public-debriefs-title" className="stack">
          <h2 id="public-debriefs-title">{t("publicHome.debriefs")}</h2>
          <ul className="plain-list">
            {debriefs.map(({ challenge }) => (
              <li key={challenge.id}>
                <Link to={`/public/challenges/${challenge.id}/debrief`}>
                  {t("publicHome.debriefOf", { title: challenge.title })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
