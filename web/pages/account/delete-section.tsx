// Deleting the account: what becomes of contributions in each workspace (its policy, the person's choice), then
// the password and a confirmation.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import type { UserData } from "../../api/types.ts";
import { CheckboxField, FormAlert, TextField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";
import { AccountSection, passwordError } from "./account-section.tsx";

type Policy = "keep" | "person-chooses" | "remove";
const fields = ["contributions", "password", "confirm"] as const;

export function DeleteSection({ user }: { user: UserData }) {
  const { t } = useTranslation();
  const [policies, setPolicies] = useState<Array<{ id: string; name: string; policy: Policy }>>();
  const [error, setError] = useState<string>();
  const [contributions, setContributions] = useState<"keep" | "remove">("keep");
  const [password, setPassword] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  const form = useForm(fields, user.anonymous ? [] : ["password"], () => ({ password }));

  useEffect(() => {
    (async () => {
      const { workspaces } = await client.get("/workspaces");
      const read = await Promise.all(
        workspaces.map(async (w) => {
          const { policy } = await client.get("/workspaces/:workspaceId/erasure-policy", {
            params: { workspaceId: w.id },
          });
          return { id: w.id, name: w.name, policy };
        }),
      );
      setPolicies(read);
    })().catch((failure: unknown) => setError(formErrorsOf(failure, []).form));
  }, []);

  const choosing = policies?.some((p) => p.policy === "person-chooses") ?? false;
  const submit = form.handle(async () => {
    if (!confirmed) {
      form.setErrors({ fields: { confirm: "account.delete.confirmNeeded" } });
      return;
    }
    await client.post("/me/erasure", {
      body: { ...(user.anonymous ? {} : { password }), ...(choosing ? { contributions } : {}) },
    });
    // A full load, not a route change: the ended session's sockets and requests may already have sent this page
    // to sign-in (unmounting it), and the next page must start with no session in memory.
    window.location.replace("/account/deleted");
  });

  const fate = (policy: Policy) =>
    policy === "person-chooses"
      ? t(`account.delete.fate.${contributions}`)
      : t(`account.delete.fate.${policy === "keep" ? "keep" : "remove"}`);

  return (
    <AccountSection id="delete" title={t("account.delete.title")}>
      <p>{t("account.delete.intro")}</p>
      <FormAlert error={error} />
      {policies && policies.length > 0 && (
        <ul className="plain-list account-list">
          {policies.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> : {fate(p.policy)}
            </li>
          ))}
        </ul>
      )}
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <FormAlert error={form.errors.form} />
        {choosing && (
          <fieldset className="field account-choice">
            <legend>{t("account.delete.choice")}</legend>
            {(["keep", "remove"] as const).map((choice) => (
              <div key={choice} className="checkbox">
                <input
                  type="radio"
                  id={`delete-contributions-${choice}`}
                  name="contributions"
                  value={choice}
                  checked={contributions === choice}
                  onChange={() => setContributions(choice)}
                />
                <label htmlFor={`delete-contributions-${choice}`}>{t(`account.delete.${choice}`)}</label>
              </div>
            ))}
            <p className="hint">{t("account.delete.choiceHint")}</p>
          </fieldset>
        )}
        {!user.anonymous && (
          <TextField
            idPrefix="delete"
            name="password"
            type="password"
            label={t("account.delete.password")}
            value={password}
            onValue={setPassword}
            error={passwordError(form.errors.fields.password)}
            autoComplete="current-password"
            required
          />
        )}
        <CheckboxField
          idPrefix="delete"
          name="confirm"
          label={t("account.delete.confirm")}
          checked={confirmed}
          onChecked={setConfirmed}
          error={form.errors.fields.confirm}
        />
        <button type="submit" className="danger" aria-disabled={form.busy || undefined}>
          {t("account.delete.submit")}
        </button>
      </form>
    </AccountSection>
  );
}
