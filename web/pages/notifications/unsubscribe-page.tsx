// The page of an e-mail's unsubscribe link: one click stops that kind of e-mail, without signing in.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import { FormAlert, StatusMessage } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";

export function UnsubscribePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [kind, setKind] = useState<string>();
  const [error, setError] = useState<string>();
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    client
      .post("/notifications/unsubscribe", { body: { token } })
      .then((result) => setKind(result.kind))
      .catch((failure: unknown) => setError(formErrorsOf(failure, []).form));
  }, [token]);

  return (
    <section className="narrow">
      <PageTitle text={t("unsubscribe.title")} />
      <FormAlert error={error} />
      {kind ? (
        <StatusMessage>{t("unsubscribe.done", { kind: t(`preferences.kinds.${kind}`) })}</StatusMessage>
      ) : error ? null : (
        <Loading />
      )}
      <p>
        <Link to="/notifications/preferences">{t("unsubscribe.manage")}</Link>
      </p>
    </section>
  );
}
