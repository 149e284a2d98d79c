// A challenge's ideas: title, excerpt, category, counts and badges; searched, filtered, sorted and paged by the server.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formErrorsOf } from "../../api/problems.ts";
import { type ChallengeRef, client } from "../../api/typed-client.ts";
import { emotions, type IdeaData } from "../../api/types.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { excerpt } from "./format.ts";

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

/** What the reader asks of the list; the server filters, sorts and pages. */
interface Query {
  q: string;
  status: "" | IdeaStatusFilter;
  category: string;
  group: string;
  mine: boolean;
  sort: "newest" | "oldest" | "supported";
}
type IdeaStatusFilter = "answered" | "unanswered" | "retained" | "studied" | "not-retained" | "undecided";
const statuses: IdeaStatusFilter[] = [
  "unanswered",
  "answered",
  "retained",
  "studied",
  "not-retained",
  "undecided",
];
const pageSize = 20;
const blank: Query = { q: "", status: "", category: "", group: "", mine: false, sort: "newest" };

/**
 * A challenge's ideas, searched, filtered (status, category, group for managers, mine) and sorted by the server, a page
 * at a time. `refresh` changes when the ideas may have changed (live events): the page asked for is read again.
 */
export function IdeaList({
  challengeRef,
  categories,
  refresh,
  finalists,
  manages,
}: {
  challengeRef: ChallengeRef;
  categories: readonly string[];
  refresh: unknown;
  finalists?: FinalistToggles | undefined;
  manages: boolean;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState("");
  const [query, setQuery] = useState<Query>(blank);
  const [offset, setOffset] = useState(0);
  const [found, setFound] = useState<{ ideas: IdeaData[]; total: number }>();
  const [groups, setGroups] = useState<Array<{ id: string; name: string }>>([]);
  const [error, setError] = useState<string>();
  const { workspaceId } = challengeRef;

  useEffect(() => {
    if (!manages) return;
    client
      .get("/workspaces/:workspaceId/challenges/:challengeId/synthesis", { params: challengeRef })
      .then((view) => setGroups(view.groups.map((g) => ({ id: g.id, name: g.name ?? g.label }))))
      .catch(() => setGroups([]));
  }, [manages, challengeRef]);

  useEffect(() => {
    void refresh;
    client
      .get("/workspaces/:workspaceId/challenges/:challengeId/ideas", {
        params: challengeRef,
        query: {
          ...(query.q ? { q: query.q } : {}),
          ...(query.status ? { status: query.status } : {}),
          ...(query.category ? { category: query.category } : {}),
          ...(query.group ? { group: query.group } : {}),
          ...(query.mine ? { mine: "true" as const } : {}),
          sort: query.sort,
          limit: String(pageSize),
          offset: String(offset),
        },
      })
      .then(
        (result) => {
          setFound(result);
          setError(undefined);
        },
        (failure: unknown) => setError(formErrorsOf(failure, []).form),
      );
  }, [challengeRef, query, offset, refresh]);

  const change = (next: Partial<Query>) => {
    setQuery((current) => ({ ...current, ...next }));
    setOffset(0);
  };
  const filtered =
    query.q !== "" || query.status !== "" || query.category !== "" || query.group !== "" || query.mine;
  const total = found?.total ?? 0;

  return (
    <section aria-labelledby="ideas-title" className="card">
      <h2 id="ideas-title">{found ? t("ideas.title", { count: total }) : t("challengeSections.ideas")}</h2>
      <search>
        <form
          className="idea-controls"
          onSubmit={(event) => {
            event.preventDefault();
            change({ q: draft.trim() });
          }}
        >
          <div className="idea-search">
            <div className="field">
              <label htmlFor="ideas-q">{t("ideas.search")}</label>
              <input
                id="ideas-q"
                type="search"
                value={draft}
                onChange={(event) => setDraft(event.target.value)}
              />
            </div>
            <button type="submit">{t("ideas.searchSubmit")}</button>
          </div>
          <div className="field">
            <label htmlFor="ideas-status">{t("ideas.status")}</label>
            <select
              id="ideas-status"
              value={query.status}
              onChange={(event) => change({ status: event.target.value as Query["status"] })}
            >
              <option value="">{t("ideas.allStatuses")}</option>
              {statuses.map((status) => (
                <option key={status} value={status}>
                  {t(`ideas.statuses.${status}`)}
                </option>
              ))}
            </select>
          </div>
          {categories.length > 0 && (
            <div className="field">
              <label htmlFor="ideas-category">{t("ideas.category")}</label>
              <select
                id="ideas-category"
                value={query.category}
                onChange={(event) => change({ category: event.target.value })}
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
          {groups.length > 0 && (
            <div className="field">
              <label htmlFor="ideas-group">{t("ideas.group")}</label>
              <select
                id="ideas-group"
                value={query.group}
                onChange={(event) => change({ group: event.target.value })}
              >
                <option value="">{t("ideas.allGroups")}</option>
                {groups.map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="ideas-sort">{t("ideas.sort")}</label>
            <select
              id="ideas-sort"
              value={query.sort}
              onChange={(event) => change({ sort: event.target.value as Query["sort"] })}
            >
              <option value="newest">{t("ideas.newest")}</option>
              <option value="oldest">{t("ideas.oldest")}</option>
              <option value="supported">{t("ideas.mostSupported")}</option>
            </select>
          </div>
          <div className="field checkbox">
            <input
              id="ideas-mine"
              type="checkbox"
              checked={query.mine}
              onChange={(event) => change({ mine: event.target.checked })}
            />
            <label htmlFor="ideas-mine">{t("ideas.mine")}</label>
          </div>
        </form>
      </search>
      <FormAlert error={error} />
      <p className="meta" aria-live="polite">
        {filtered && found ? t("ideas.matching", { count: total }) : null}
      </p>
      {found &&
        (found.ideas.length === 0 ? (
          <p>{filtered ? t("ideas.noneMatching") : t("ideas.none")}</p>
        ) : (
          <ul className="idea-list">
            {found.ideas.map((idea) => (
              <IdeaCard key={idea.id} idea={idea} workspaceId={workspaceId} finalists={finalists} />
            ))}
          </ul>
        ))}
      {total > pageSize && (
        <nav aria-label={t("ideas.pages")} className="actions">
          <button
            type="button"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - pageSize))}
          >
            {t("ideas.previous")}
          </button>
          <span className="meta">
            {t("ideas.pageOf", { from: offset + 1, to: Math.min(offset + pageSize, total), total })}
          </span>
          <button
            type="button"
            disabled={offset + pageSize >= total}
            onClick={() => setOffset(offset + pageSize)}
          >
            {t("ideas.next")}
          </button>
        </nav>
      )}
    </section>
  );
}
