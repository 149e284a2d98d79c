// "My notifications": for each kind, whether I hear it in Cocrea and by e-mail; saved on the server.
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import type { NotificationPreferencesData as Preferences } from "../../api/types.ts";
import { CheckboxField, FormAlert, StatusMessage } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";

type Preference = Preferences["preferences"][number];

export function PreferencesPage() {
  const { t } = useTranslation();
  const [data, setData] = useState<Preferences>();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    client
      .get("/notifications/preferences")
      .then(setData)
      .catch((failure: unknown) => setError(formErrorsOf(failure, []).form));
  }, []);

  const change = (kind: Preference["kind"], channel: "inApp" | "email", on: boolean) => {
    setSaved(false);
    setData(
      (current) =>
        current && {
          ...current,
          preferences: current.preferences.map((p) => (p.kind === kind ? { ...p, [channel]: on } : p)),
        },
    );
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!data || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      setData(await client.put("/notifications/preferences", { body: { preferences: data.preferences } }));
      setSaved(true);
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="narrow">
      <PageTitle text={t("preferences.title")} />
      <p>{t("preferences.intro")}</p>
      <FormAlert error={error} />
      {!data ? (
        error ? null : (
          <Loading />
        )
      ) : (
        <form onSubmit={save} noValidate className="card preferences-form">
          {!data.emailAvailable && <p className="hint">{t("preferences.noEmail")}</p>}
          {data.preferences.map((p) => (
            <fieldset key={p.kind} className="preference">
              <legend>{t(`preferences.kinds.${p.kind}`)}</legend>
              <CheckboxField
                idPrefix={`pref-${p.kind}`}
                name="inApp"
                label={t("preferences.inApp")}
                checked={p.inApp}
                onChecked={(on) => change(p.kind, "inApp", on)}
              />
              {data.emailAvailable && (
                <CheckboxField
                  idPrefix={`pref-${p.kind}`}
                  name="email"
                  label={t("preferences.email")}
                  checked={p.email}
                  onChecked={(on) => change(p.kind, "email", on)}
                />
              )}
            </fieldset>
          ))}
          <div className="actions">
            <button type="submit" aria-disabled={busy || undefined}>
              {t("preferences.save")}
            </button>
          </div>
          <StatusMessage>{saved ? t("preferences.saved") : null}</StatusMessage>
        </form>
      )}
    </section>
  );
}
