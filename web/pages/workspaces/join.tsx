// Joining by invitation link: shows the workspace and role, then joins signed in, after signing up, or anonymously.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { useSession } from "../../api/session.tsx";
import { client } from "../../api/typed-client.ts";
import type { InvitationPreviewData } from "../../api/types.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { JoinChoices } from "../../components/join-choices.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { currentLocale } from "../../i18n/i18n.ts";

export function JoinPage() {
  const { t, i18n } = useTranslation();
  const { token = "" } = useParams();
  const { user, signedIn } = useSession();
  const navigate = useNavigate();
  const [preview, setPreview] = useState<InvitationPreviewData>();
  const [invalid, setInvalid] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    client.get("/invitations/:token", { params: { token } }).then(setPreview, (failure: unknown) => {
      // A token of the wrong shape fails validation: for the visitor it is just an invalid link.
      const code =
        failure instanceof ApiError && failure.code === "invalid-input" ? "invitation-invalid" : undefined;
      setInvalid(code ? `errors.${code}` : formErrorsOf(failure, []).form);
    });
  }, [token]);

  async function join(anonymously: boolean) {
    setError(undefined);
    setBusy(true);
    try {
      if (anonymously) {
        const created = await client.post("/auth/anonymous", { body: { locale: currentLocale() } });
        await signedIn(created.user);
      }
      const result = await client.post("/invitations/:token/accept", { params: { token } });
      navigate(`/workspaces/${result.workspace.id}`, { replace: true });
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
      setBusy(false);
    }
  }

  if (invalid) {
    return (
      <section className="narrow card">
        <PageTitle text={t("join.invalidTitle")} />
        <div role="alert" className="alert alert-error">
          <p>{t(invalid)}</p>
        </div>
        <p>{t("join.askNew")}</p>
      </section>
    );
  }
  if (!preview || user === undefined) return <Loading />;

  const role = t(`roles.${preview.role}`).toLocaleLowerCase(i18n.language);
  const here = `/join/${token}`;
  const anonymousWelcome = preview.workspace.allowAnonymous && preview.role === "participant";
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long" }).format(
    new Date(preview.expiresAt),
  );

  return (
    <section className="narrow card">
      <PageTitle text={t("join.title", { workspace: preview.workspace.name })} />
      <p className="lead">{t("join.intro", { workspace: preview.workspace.name, role })}</p>
      <p className="meta">{t("join.expires", { date })}</p>
      <FormAlert error={error} />
      {user && (!user.anonymous || anonymousWelcome) ? (
        <>
          <p>{t("join.signedInAs", { name: user.name })}</p>
          <button type="button" className="primary" onClick={() => void join(false)} disabled={busy}>
            {t("join.join")}
          </button>
        </>
      ) : (
        <JoinChoices
          here={here}
          intro={t("join.needAccount")}
          allowAnonymous={anonymousWelcome && !user}
          busy={busy}
          onAnonymous={() => void join(true)}
        />
      )}
    </section>
  );
}
