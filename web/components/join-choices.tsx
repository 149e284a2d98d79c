// The ways into a workspace for someone signed out: sign up, sign in, or (where allowed) continue anonymously.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { nextQuery } from "./next-path.ts";

export function JoinChoices({
  here,
  intro,
  allowAnonymous,
  busy,
  onAnonymous,
}: {
  /** The page to come back to after signing up or in. */
  here: string;
  /** Why an account is needed, already translated. */
  intro: string;
  allowAnonymous: boolean;
  busy: boolean;
  onAnonymous(): void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p>{intro}</p>
      <div className="actions">
        <Link className="button primary" to={`/sign-up${nextQuery(here)}`}>
          {t("join.signUp")}
        </Link>
        <Link className="button" to={`/sign-in${nextQuery(here)}`}>
          {t("join.signIn")}
        </Link>
      </div>
      {allowAnonymous && (
        <div className="anonymous-choice">
          <p className="separator">{t("join.or")}</p>
          <button type="button" onClick={onAnonymous} disabled={busy} aria-describedby="anonymous-hint">
            {t("join.anonymous")}
          </button>
          <p id="anonymous-hint" className="hint">
            {t("join.anonymousHint")}
          </p>
        </div>
      )}
    </>
  );
}
