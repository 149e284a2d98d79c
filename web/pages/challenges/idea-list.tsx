// A challenge's ideas: title, excerpt, category, counts and badges; filtered by category, sorted as asked.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formErrorsOf } from "../../api/problems.ts";
import { emotions, type IdeaData } from "../../api/types.ts";
import { excerpt } from "./format.ts";

type Sort = "newest" | "supported";

/** Newest first (the server's order), or most supported first, newest first among equals. */
export function sortedIdeas(ideas: readonly IdeaData[], sort: Sort): IdeaData[] {
  const list = [...ideas];
  if (sort === "supported") {
    list.sort((a, b) => b.supportCount - a.supportCount || b.createdAt.localeCompare(a.createdAt));
  }
  return list;
}

export const reactionTotal = (idea: IdeaData): number =>
  emotions.reduce((sum, emotion) => sum + idea.reactions[emotion], 0);

/** The badges of an idea: official answer, outcome, hidden by moderation. */
export function IdeaBadges({ idea }: { idea: IdeaData }) {
  const { t } = useTranslation();
  return (
    <>
      {idea.award && (
        <span className="badge award">
          <span aria-hidden="true">🏆 </span>
          {idea.award.title}
        </span>
      )}
      {idea.officialAnswerAt && <span className="badge official">{t("idea.officialBadge")}</span>}
      {idea.outcome && (
        <span className={`badge outcome-${idea.outcome.status}`}>{t(`outcome.${idea.outcome.status}`)}</span>
      )}
      {idea.hidden && <span className="badge hidden">{t("idea.hiddenBadge")}</span>}
    </>
  );
}

/** In a contest, managers put ideas before the jury from the list. */
export interface FinalistToggles {
  ids: ReadonlySet<string>;
  toggle: (ideaId: string, finalist: boolean) => Promise<void>;
}

function FinalistButton({ idea, finalists }: { idea: IdeaData; finalists: FinalistToggles }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const finalist = finalists.ids.has(idea.id);
  const errorId = `finalist-${idea.id}-error`;
  return (
    <p className="finalist-toggle">
      <button
        type="button"
        aria-pressed={finalist}
        aria-describedby={`idea-${idea.id}-title${error ? ` ${errorId}` : ""}`}
        aria-disabled={busy || undefined}
        onClick={async () => {
          if (busy) return;
          setBusy(true);
          setError(undefined);
          try {
            await finalists.toggle(idea.id, !finalist);
          } catch (failure) {
            setError(formErrorsOf(failure, []).form);
          } finally {
            setBusy(false);
          }
        }}
      >
        {t("contest.finalist")}
      </button>
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {t(error)}
        </span>
      )}
    </p>
  );
}

function IdeaCard({
  idea,
  workspaceId,
  finalists,
}: {
  idea: IdeaData;
  workspaceId: string;
  finalists?: FinalistToggles | undefined;
}) {
  const { t } = useTranslation();
  return (
    <li className="idea-card">
      <h3 id={`idea-${idea.id}-title`}>
        <Link to={`/workspaces/${workspaceId}/ideas/${idea.id}`}>{idea.title}</Link>
      </h3>
      <p className="idea-tags">
        {idea.category && <span className="tag">{idea.category}</span>}
        <IdeaBadges idea={idea} />
      </p>
      <p>{excerpt(idea.body)}</p>
      <p className="meta">
        {t("idea.by", { name: idea.author.name })} ·{" "}
        <span className="counts">
          {t("idea.supports", { count: idea.supportCount })} ·{" "}
          {t("idea.comments", { count: idea.commentCount })} ·{" "}
          {t("idea.reactions", { count: reactionTotal(idea) })}
        </span>
      </p>
      {finalists && <FinalistButton idea={idea} finalists={finalists} />}
    </li>
  );
}

export function IdeaList({
  ideas,
  categories,
  workspaceId,
  finalists,
}: {
  ideas: readonly IdeaData[];
  categories: readonly string[];
  workspaceId: string;
  finalists?: FinalistToggles | undefined;
}) {
  const { t } = useTranslation();
  const [category, setCategory] = useState("");
  const [sort, setSort] = useState<Sort>("newest");
  const shown = sortedIdeas(category ? ideas.filter((idea) => idea.category === category) : ideas, sort);

  return (
    <section aria-labelledby="ideas-title" className="card">
      <h2 id="ideas-title">{t("ideas.title", { count: ideas.length })}</h2>
      <div className="idea-controls">
        {categories.length > 0 && (
          <div className="field">
            <label htmlFor="ideas-category">{t("ideas.category")}</label>
            <select
              id="ideas-category"
              value={category}
              onChange={(event) => setCategory(event.target.value)}
            >
              <option value="">{t("ideas.allCategories")}</option>
              {categories.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="ideas-sort">{t("ideas.sort")}</label>
          <select id="ideas-sort" value={sort} onChange={(event) => setSort(event.target.value as Sort)}>
            <option value="newest">{t("ideas.newest")}</option>
            <option value="supported">{t("ideas.mostSupported")}</option>
          </select>
        </div>
      </div>
      <p className="meta" aria-live="polite">
        {category ? t("ideas.shownInCategory", { count: shown.length, category }) : null}
      </p>
      {shown.length === 0 ? (
        <p>{ideas.length === 0 ? t("ideas.none") : t("ideas.noneInCategory")}</p>
      ) : (
        <ul className="idea-list">
          {shown.map((idea) => (
            <IdeaCard key={idea.id} idea={idea} workspaceId={workspaceId} finalists={finalists} />
          ))}
        </ul>
      )}
    </section>
  );
}
