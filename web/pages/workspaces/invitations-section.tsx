// Invitation links of a workspace: create one with a role and copy it, list those still usable, revoke them.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import { assignableRoles, type InvitationData, type Role } from "../../api/types.ts";
import { FormAlert, SelectField, StatusMessage, TextField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";

const fields = ["role", "expiresInDays", "maxUses"] as const;

function CreatedLink({ url }: { url: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"copied" | "copyFailed">();

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("copied");
    } catch {
      input.current?.select();
      setCopied(document.execCommand?.("copy") ? "copied" : "copyFailed");
    }
  }

  return (
    <div className="created-link">
      <p>{t("invitations.created")}</p>
      <div className="copy-row">
        <label htmlFor="invitation-url" className="visually-hidden">
          {t("invitations.link")}
        </label>
        <input
          id="invitation-url"
          ref={input}
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
          spellCheck={false}
        />
        <button type="button" onClick={() => void copy()}>
          {t("invitations.copy")}
        </button>
      </div>
      <StatusMessage>{copied && t(`invitations.${copied}`)}</StatusMessage>
    </div>
  );
}

export function InvitationsSection({ workspaceId, myRole }: { workspaceId: string; myRole: Role }) {
  const { t, i18n } = useTranslation();
  const grantable = assignableRoles[myRole];
  const [role, setRole] = useState<Role>(grantable.includes("participant") ? "participant" : grantable[0]!);
  const [expiresInDays, setExpiresInDays] = useState("14");
  const [maxUses, setMaxUses] = useState("");
  const [created, setCreated] = useState<string>();
  const [invitations, setInvitations] = useState<InvitationData[]>();
  const [listError, setListError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const form = useForm(fields, ["expiresInDays"], () => ({ expiresInDays }));
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long" });

  useEffect(() => {
    client.get("/workspaces/:workspaceId/invitations", { params: { workspaceId } }).then(
      (result) => setInvitations(result.invitations),
      (error: unknown) => setListError(formErrorsOf(error, []).form),
    );
  }, [workspaceId]);

  const submit = form.handle(async () => {
    setCreated(undefined);
    setNotice(undefined);
    const body = {
      role,
      expiresInDays: Number(expiresInDays),
      ...(maxUses.trim() ? { maxUses: Number(maxUses) } : {}),
    };
    const result = await client.post("/workspaces/:workspaceId/invitations", {
      params: { workspaceId },
      body,
    });
    setCreated(result.url);
    setInvitations((list) => [result.invitation, ...(list ?? [])]);
  });

  async function revoke(invitation: InvitationData) {
    setListError(undefined);
    setNotice(undefined);
    try {
      await client.delete("/workspaces/:workspaceId/invitations/:invitationId", {
        params: { workspaceId, invitationId: invitation.id },
      });
      setInvitations((list) => list?.filter((item) => item.id !== invitation.id));
      setNotice(t("invitations.revoked"));
    } catch (error) {
      setListError(formErrorsOf(error, []).form);
    }
  }

  return (
    <section aria-labelledby="invitations-title" className="card">
      <h2 id="invitations-title">{t("invitations.title")}</h2>
      <p>{t("invitations.intro")}</p>
      <form ref={form.formRef} onSubmit={submit} noValidate className="inline-form">
        <FormAlert error={form.errors.form} />
        <SelectField
          idPrefix="invite"
          name="role"
          label={t("invitations.role")}
          value={role}
          onValue={(value) => setRole(value as Role)}
          error={form.errors.fields.role}
          options={grantable.map((value) => ({ value, label: t(`roles.${value}`) }))}
        />
        <TextField
          idPrefix="invite"
          name="expiresInDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={90}
          label={t("invitations.expiresInDays")}
          value={expiresInDays}
          onValue={setExpiresInDays}
          error={form.errors.fields.expiresInDays}
          required
        />
        <TextField
          idPrefix="invite"
          name="maxUses"
          type="number"
          inputMode="numeric"
          min={1}
          label={t("invitations.maxUses")}
          hint={t("invitations.maxUsesHint")}
          value={maxUses}
          onValue={setMaxUses}
          error={form.errors.fields.maxUses}
        />
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {t("invitations.submit")}
        </button>
      </form>
      {created && <CreatedLink url={created} />}

      <h3>{t("invitations.activeTitle")}</h3>
      <FormAlert error={listError} />
      <StatusMessage>{notice}</StatusMessage>
      {invitations?.length === 0 && <p>{t("invitations.none")}</p>}
      {invitations && invitations.length > 0 && (
        <ul className="invitation-list">
          {invitations.map((invitation) => {
            const values = {
              role: t(`roles.${invitation.role}`),
              date: date.format(new Date(invitation.expiresAt)),
            };
            return (
              <li key={invitation.id} className="invitation">
                <span>
                  {t("invitations.summary", values)}
                  <span className="meta">
                    {invitation.maxUses === null
                      ? t("invitations.uses", { count: invitation.uses })
                      : t("invitations.usesOf", { count: invitation.uses, max: invitation.maxUses })}
                  </span>
                </span>
                <button
                  type="button"
                  className="danger"
                  aria-label={t("invitations.revokeLabel", values)}
                  onClick={() => void revoke(invitation)}
                >
                  {t("invitations.revoke")}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
