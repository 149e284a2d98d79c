// The brief: the question, what participants gain, the project manager and the timeline; and the participation
// figures the challenge page shows above every section.
import { useTranslation } from "react-i18next";
import { type ChallengeData, timelineFields } from "../../api/types.ts";
import { formatDateTime, isImageUrl } from "./format.ts";

function ProjectManager({ manager }: { manager: ChallengeData["projectManager"] }) {
  const { t } = useTranslation();
  const media = manager.mediaUrl;
  return (
    <section aria-labelledby="manager-title" className="card project-manager">
      <h2 id="manager-title">{t("brief.managerTitle")}</h2>
      {media && isImageUrl(media) && (
        <img
          className="manager-photo"
          src={media}
          alt={t("brief.managerPhoto", { name: manager.name })}
          loading="lazy"
        />
      )}
      <p className="manager-name">{manager.name}</p>
      {manager.text && <p className="prose">{manager.text}</p>}
      {media && !isImageUrl(media) && (
        <p>
          <a href={media} target="_blank" rel="noopener noreferrer">
            {t("brief.managerVideo", { name: manager.name })}
            <span className="visually-hidden"> {t("app.newWindow")}</span>
          </a>
        </p>
      )}
    </section>
  );
}

/** Participants against the goal, as a progress bar with its figures in words. */
export function Participation({ challenge }: { challenge: ChallengeData }) {
  const { t } = useTranslation();
  const goal = challenge.participationGoal;
  const text = goal
    ? t("brief.participationOfGoal", { count: challenge.participantCount, goal })
    : t("brief.participation", { count: challenge.participantCount });
  return (
    <div className="participation">
      <p id="participation-label">
        {text} · {t("brief.ideaCount", { count: challenge.ideaCount })}
      </p>
      {goal && (
        <progress
          aria-labelledby="participation-label"
          max={goal}
          value={Math.min(challenge.participantCount, goal)}
        />
      )}
    </div>
  );
}

export function ChallengeBrief({ challenge }: { challenge: ChallengeData }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <section aria-labelledby="question-title" className="card brief">
        {challenge.coverImageUrl && <img className="cover" src={challenge.coverImageUrl} alt="" />}
        <h2 id="question-title">{t("brief.question")}</h2>
        <p className="question prose">{challenge.question}</p>
        <h3>{t("brief.benefit")}</h3>
        <p className="benefit prose">{challenge.benefit}</p>
        {challenge.contest && (
          <>
            <h3>{t("brief.prize")}</h3>
            <p className="prose">{challenge.contest.prize}</p>
          </>
        )}
        {challenge.rules && (
          <details className="rules">
            <summary>{t("brief.rules")}</summary>
            <p className="prose">{challenge.rules}</p>
          </details>
        )}
      </section>
      <ProjectManager manager={challenge.projectManager} />
      <section aria-labelledby="timeline-title" className="card">
        <h2 id="timeline-title">{t("brief.timelineTitle")}</h2>
        <ol className="timeline">
          {timelineFields.map((field) => (
            <li key={field} className={challenge.nextDeadline?.field === field ? "next" : undefined}>
              <span className="timeline-what">{t(`timeline.${field}`)}</span>
              <span className="meta">{formatDateTime(challenge.timeline[field], i18n.language)}</span>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
