// The public face: the instance's home and each workspace's home, readable without an account.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { useSession } from "../../api/session.tsx";
import type { PublicChallengeSummaryData } from "../../api/types.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { PublicChallengeLists } from "./public-challenge-list.tsx";

/** Sign in or create an account, for visitors only. */
function JoinInvite() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (user) return null;
  return (
    <p className="public-actions">
      <Link className="button primary" to="/sign-up">
        {t("publicHome.signUp")}
      </Link>{" "}
      <Link className="button" to="/sign-in">
        {t("publicHome.signIn")}
      </Link>
    </p>
  );
}

export function PublicHomePage() {
  const { t } = useTranslation();
  const [items, setItems] = useState<PublicChallengeSummaryData[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    api.get<{ challenges: PublicChallengeSummaryData[] }>("/public/challenges").then(
      (result) => setItems(result.challenges),
      (failure: unknown) => setError(formErrorsOf(failure, []).form),
    );
  }, []);

  return (
    <div className="stack">
      <div className="page-head">
        <PageTitle text={t("publicHome.title")} />
        <p className="lead">{t("publicHome.intro")}</p>
        <JoinInvite />
      </div>
      <FormAlert error={error} />
      {items ? <PublicChallengeLists items={items} showWorkspace /> : !error && <Loading />}
    </div>
  );
}

export function PublicWorkspacePage() {
  const { t } = useTranslation();
  const { workspaceId = "" } = useParams();
  const [home, setHome] = useState<{
    workspace: { name: string };
    challenges: PublicChallengeSummaryData[];
  }>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    api
      .get<{ workspace: { name: string }; challenges: PublicChallengeSummaryData[] }>(
        `/public/workspaces/${workspaceId}`,
      )
      .then(setHome, (failure: unknown) => setError(formErrorsOf(failure, []).form));
  }, [workspaceId]);

  if (error) {
    return (
      <section className="narrow card">
        <PageTitle text={t("app.notFound")} />
        <FormAlert error={error} />
      </section>
    );
  }
  if (!home) return <Loading />;
  return (
    <div className="stack">
      <div className="page-head">
        <PageTitle text={home.workspace.name} />
        <p className="lead">{t("publicHome.workspaceIntro", { name: home.workspace.name })}</p>
        <JoinInvite />
      </div>
      <PublicChallengeLists items={home.challenges} showWorkspace={false} />
      <p>
        <Link to="/">{t("publicHome.all")}</Link>
      </p>
    </div>
  );
}
