// "Vous avez dit, nous faisons": each group with what we heard and will do, its actions and how far they have come.
import { useTranslation } from "react-i18next";
import type { ActionData, DebriefData } from "../../api/types.ts";
import { formatDateTime, isImageUrl } from "../challenges/format.ts";

/** A calendar date (YYYY-MM-DD) in words, e.g. "30 juin 2027"; read as UTC so it never shifts by a day. */
export function formatDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** One action: title, owner, status (with why when not retained), due date and the date it last moved. */
export function ActionItem({ action }: { action: ActionData }) {
  const { t, i18n } = useTranslation();
  const moved = action.history[action.history.length - 1];
  return (
    <li className="action-item" data-action-id={action.id}>
      <p className="action-title">
        <strong>{action.title}</strong>{" "}
        <span className={`badge action-${action.status}`}>{t(`actionStatus.${action.status}`)}</span>
      </p>
      <p className="meta">
        {t("weDid.owner", { owner: action.owner })}
        {action.dueDate && <> · {t("weDid.due", { date: formatDay(action.dueDate, i18n.language) })}</>}
        {moved && <> · {t("weDid.movedOn", { date: formatDateTime(moved.at, i18n.language) })}</>}
      </p>
      {action.status === "not-retained" && action.reason && (
        <p className="prose">{t("weDid.why", { reason: action.reason })}</p>
      )}
    </li>
  );
}

function ActionList({ actions }: { actions: readonly ActionData[] }) {
  const { t } = useTranslation();
  if (actions.length === 0) return <p className="meta">{t("weDid.noActions")}</p>;
  return (
    <ul className="action-list">
      {actions.map((action) => (
        <ActionItem key={action.id} action={action} />
      ))}
    </ul>
  );
}

/** The debrief as participants and the public read it; `headingLevel` 2 on its own page, 3 inside a section. */
export function YouSaidWeDid({ debrief, headingLevel = 2 }: { debrief: DebriefData; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const SubHeading = headingLevel === 2 ? "h3" : "h4";
  const { progress } = debrief;
  return (
    <div className="we-did stack">
      {debrief.debrief?.text && (
        <div>
          {debrief.debrief.publishedAt && (
            <p className="meta">
              {t("weDid.publishedOn", { date: formatDateTime(debrief.debrief.publishedAt, i18n.language) })}
            </p>
          )}
          <p className="prose">{debrief.debrief.text}</p>
          {debrief.debrief.mediaUrl &&
            (isImageUrl(debrief.debrief.mediaUrl) ? (
              <img className="idea-image" src={debrief.debrief.mediaUrl} alt={t("debrief.mediaAlt")} />
            ) : (
              <p>
                <a href={debrief.debrief.mediaUrl} target="_blank" rel="noopener noreferrer">
                  {t("debrief.mediaLink")}
                  <span className="visually-hidden"> {t("app.newWindow")}</span>
                </a>
              </p>
            ))}
        </div>
      )}
      <div className="we-did-progress" aria-live="polite">
        <p id="we-did-progress-label">
          {t("weDid.progress", { done: progress.done, total: progress.total })}
        </p>
        {progress.total > 0 && (
          <progress aria-labelledby="we-did-progress-label" max={progress.total} value={progress.done} />
        )}
      </div>
      {debrief.groups.map((group) => (
        <section key={group.id} className="we-did-group" aria-labelledby={`group-${group.id}`}>
          <Heading id={`group-${group.id}`}>{group.name}</Heading>
          <p className="meta">{t("weDid.size", { count: group.size })}</p>
          {group.ideaTitles.length > 0 && (
            <ul className="idea-titles">
              {group.ideaTitles.map((title) => (
                <li key={title} className="idea-title">
                  {t("weDid.ideaTitle", { title })}
                </li>
              ))}
            </ul>
          )}
          <SubHeading>{t("weDid.heard")}</SubHeading>
          <p className="prose">{group.heard ?? t("weDid.notWritten")}</p>
          <SubHeading>{t("weDid.willDo")}</SubHeading>
          <p className="prose">{group.willDo ?? t("weDid.notWritten")}</p>
          <SubHeading>{t("weDid.actions")}</SubHeading>
          <ActionList actions={group.actions} />
        </section>
      ))}
      {(debrief.actions.length > 0 || debrief.groups.length === 0) && (
        <section className="we-did-group" aria-labelledby="challenge-wide-actions">
          <Heading id="challenge-wide-actions">{t("weDid.challengeWide")}</Heading>
          <ActionList actions={debrief.actions} />
        </section>
      )}
    </div>
  );
}

/** Links to the open data of a challenge: each dataset in CSV and JSON. */
export function OpenDataLinks({ base }: { base: string }) {
  const { t } = useTranslation();
  const datasets = ["ideas", "comments", "reactions", "supports", "actions"] as const;
  return (
    <section className="open-data" aria-labelledby="open-data-title">
      <h3 id="open-data-title">{t("openData.title")}</h3>
      <p className="meta">{t("openData.intro")}</p>
      <ul>
        {datasets.map((dataset) => (
          <li key={dataset}>
            {t(`openData.${dataset}`)} —{" "}
            <a href={`/api/v1${base}/export/${dataset}.csv`} download>
              CSV<span className="visually-hidden"> ({t(`openData.${dataset}`)})</span>
            </a>{" "}
            ·{" "}
            <a href={`/api/v1${base}/export/${dataset}.json`} download>
              JSON<span className="visually-hidden"> ({t(`openData.${dataset}`)})</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
