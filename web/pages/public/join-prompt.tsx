// Joining a public challenge's workspace, asked where the visitor acts: sign up, sign in, anonymously, or one click.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { useSession } from "../../api/session.tsx";
import type { UserData, WorkspaceData } from "../../api/types.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { JoinChoices } from "../../components/join-choices.tsx";
import { currentLocale } from "../../i18n/i18n.ts";

/**
 * The ways to join; after joining, the person lands on `then` inside the workspace (the challenge's page by
 * default), where they can act.
 */
export function JoinPrompt({
  challengeId,
  allowAnonymous,
  intro,
  here,
  then,
}: {
  challengeId: string;
  allowAnonymous: boolean;
  intro: string;
  here: string;
  then?: (workspaceId: string) => string;
}) {
  const { t } = useTranslation();
  const { user, signedIn } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function join(anonymously: boolean) {
    setError(undefined);
    setBusy(true);
    try {
      if (anonymously) {
        const created = await api.post<{ user: UserData }>("/auth/anonymous", { locale: currentLocale() });
        await signedIn(created.user);
      }
      const result = await api.post<{ workspace: WorkspaceData }>(`/public/challenges/${challengeId}/join`);
      const id = result.workspace.id;
      navigate(then ? then(id) : `/workspaces/${id}/challenges/${challengeId}`, { replace: true });
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
      setBusy(false);
    }
  }

  return (
    <div className="join-prompt">
      <FormAlert error={error} />
      {user ? (
        <>
          <p>{t("join.signedInAs", { name: user.name })}</p>
          <button type="button" className="primary" onClick={() => void join(false)} disabled={busy}>
            {t("publicChallenge.join")}
          </button>
        </>
      ) : (
        <JoinChoices
          here={here}
          intro={intro}
          allowAnonymous={allowAnonymous}
          busy={busy}
          onAnonymous={() => void join(true)}
        />
      )}
    </div>
  );
}
