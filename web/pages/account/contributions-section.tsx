// What the person wrote, in every workspace, with links; and the workspaces they belong to, each one to leave.
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import type { UserData, WorkspaceData } from "../../api/types.ts";
import { FormAlert, StatusMessage } from "../../components/form-field.tsx";
import { Loading } from "../../components/page.tsx";
import { AccountSection } from "./account-section.tsx";

type Contributions = Awaited<ReturnType<typeof loadContributions>>;
const loadContributions = () => client.get("/me/contributions");

export function ContributionsSection({ user }: { user: UserData }) {
  const { t, i18n } = useTranslation();
  const [contributions, setContributions] = useState<Contributions>();
  const [workspaces, setWorkspaces] = useState<WorkspaceData[]>();
  const [error, setError] = useState<string>();
  const [left, setLeft] = useState<string>();

  const load = useCallback(async () => {
    try {
      const [mine, list] = await Promise.all([loadContributions(), client.get("/workspaces")]);
      setContributions(mine);
      setWorkspaces(list.workspaces);
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }, []);
  useEffect(() => void load(), [load]);

  async function leave(workspace: WorkspaceData) {
    if (!window.confirm(t("account.contributions.leaveConfirm", { name: workspace.name }))) return;
    setError(undefined);
    setLeft(undefined);
    try {
      await client.delete("/workspaces/:workspaceId/members/:userId", {
        params: { workspaceId: workspace.id, userId: user.id },
      });
      setLeft(workspace.name);
      await load();
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }

  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language, { dateStyle: "medium" });
  return (
    <AccountSection id="contributions" title={t("account.contributions.title")}>
      <FormAlert error={error} />
      <StatusMessage>{left ? t("account.contributions.left", { name: left }) : null}</StatusMessage>
      {!contributions || !workspaces ? (
        error ? null : (
          <Loading />
        )
      ) : (
        <>
          <h3>{t("account.contributions.workspaces")}</h3>
          {workspaces.length === 0 ? (
            <p>{t("account.contributions.noWorkspace")}</p>
          ) : (
            <ul className="plain-list account-list">
              {workspaces.map((workspace) => (
                <li key={workspace.id} className="account-row">
                  <span>
                    <Link to={`/workspaces/${workspace.id}`}>{workspace.name}</Link>{" "}
                    <span className="meta">({t(`roles.${workspace.role}`)})</span>
                  </span>
                  <button type="button" className="danger" onClick={() => void leave(workspace)}>
                    {t("account.contributions.leave")}
                    <span className="visually-hidden"> {workspace.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <h3>{t("account.contributions.ideas", { count: contributions.ideas.length })}</h3>
          {contributions.ideas.length === 0 ? (
            <p>{t("account.contributions.none")}</p>
          ) : (
            <ul className="plain-list account-list">
              {contributions.ideas.map((idea) => (
                <li key={idea.id}>
                  <Link to={`/workspaces/${idea.workspaceId}/ideas/${idea.id}`}>{idea.title}</Link>
                  <span className="meta">
                    {" "}
                    · {idea.workspaceName} · {idea.challengeTitle} · {date(idea.createdAt)}
                    {idea.status === "withdrawn" ? ` · ${t("account.contributions.withdrawn")}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <h3>{t("account.contributions.comments", { count: contributions.comments.length })}</h3>
          {contributions.comments.length === 0 ? (
            <p>{t("account.contributions.none")}</p>
          ) : (
            <ul className="plain-list account-list">
              {contributions.comments.map((comment) => (
                <li key={comment.id}>
                  <Link to={`/workspaces/${comment.workspaceId}/ideas/${comment.ideaId}`}>
                    {t("account.contributions.on", { title: comment.ideaTitle })}
                  </Link>
                  <span className="meta">
                    {" "}
                    · {comment.workspaceName} · {date(comment.createdAt)}
                  </span>
                  <p className="account-excerpt">{comment.body}</p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </AccountSection>
  );
}
