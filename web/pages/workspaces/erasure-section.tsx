// The owners' data-rights tools: what becomes of an erased person's contributions here, and erasing a member's data
// on their request.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import type { MemberData } from "../../api/types.ts";
import { CheckboxField, FormAlert, SelectField, StatusMessage } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";

type Policy = "keep" | "person-chooses" | "remove";
const policies: Policy[] = ["keep", "person-chooses", "remove"];
const fields = ["userId", "contributions", "confirm"] as const;

export function ErasureSection({
  workspaceId,
  myId,
  members,
  onErased,
}: {
  workspaceId: string;
  myId: string;
  members: readonly MemberData[];
  onErased: (userId: string) => void;
}) {
  const { t } = useTranslation();
  const [policy, setPolicy] = useState<Policy>();
  const [policyError, setPolicyError] = useState<string>();
  const [policySaved, setPolicySaved] = useState(false);
  const [userId, setUserId] = useState("");
  const [contributions, setContributions] = useState<"keep" | "remove">("keep");
  const [confirmed, setConfirmed] = useState(false);
  const [done, setDone] = useState<string>();
  const form = useForm(fields, ["userId"], () => ({ userId }));
  const others = members.filter((m) => m.userId !== myId);

  useEffect(() => {
    client
      .get("/workspaces/:workspaceId/erasure-policy", { params: { workspaceId } })
      .then((answer) => setPolicy(answer.policy))
      .catch((failure: unknown) => setPolicyError(formErrorsOf(failure, []).form));
  }, [workspaceId]);

  async function savePolicy(next: Policy) {
    setPolicy(next);
    setPolicySaved(false);
    setPolicyError(undefined);
    try {
      await client.put("/workspaces/:workspaceId/erasure-policy", {
        params: { workspaceId },
        body: { policy: next },
      });
      setPolicySaved(true);
    } catch (failure) {
      setPolicyError(formErrorsOf(failure, []).form);
    }
  }

  const erase = form.handle(async () => {
    if (!confirmed) return form.setErrors({ fields: { confirm: "account.delete.confirmNeeded" } });
    const name = others.find((m) => m.userId === userId)?.name ?? "";
    const answer = await client.post("/workspaces/:workspaceId/members/:userId/erasure", {
      params: { workspaceId, userId },
      body: policy === "person-chooses" ? { contributions } : {},
    });
    setDone(t(`erasure.done.${answer.erasure.contributions}`, { name }));
    setUserId("");
    setConfirmed(false);
    onErased(userId);
  });

  return (
    <section aria-labelledby="erasure-title" className="card">
      <h2 id="erasure-title">{t("erasure.title")}</h2>
      <FormAlert error={policyError} />
      {policy && (
        <SelectField
          idPrefix="erasure"
          name="policy"
          label={t("erasure.policy")}
          hint={t("erasure.policyHint")}
          value={policy}
          onValue={(value) => void savePolicy(value as Policy)}
          options={policies.map((p) => ({ value: p, label: t(`erasure.policies.${p}`) }))}
        />
      )}
      <StatusMessage>{policySaved ? t("erasure.policySaved") : null}</StatusMessage>
      <h3>{t("erasure.memberTitle")}</h3>
      <p className="hint">{t("erasure.memberIntro")}</p>
      <form ref={form.formRef} onSubmit={erase} noValidate>
        <FormAlert error={form.errors.form} />
        <SelectField
          idPrefix="erasure"
          name="userId"
          label={t("erasure.member")}
          value={userId}
          onValue={setUserId}
          options={[
            { value: "", label: t("erasure.choose") },
            ...others.map((m) => ({ value: m.userId, label: m.name })),
          ]}
          error={form.errors.fields.userId}
          required
        />
        {policy === "person-chooses" && (
          <SelectField
            idPrefix="erasure"
            name="contributions"
            label={t("erasure.contributions")}
            value={contributions}
            onValue={(value) => setContributions(value as "keep" | "remove")}
            options={[
              { value: "keep", label: t("account.delete.keep") },
              { value: "remove", label: t("account.delete.remove") },
            ]}
          />
        )}
        <CheckboxField
          idPrefix="erasure"
          name="confirm"
          label={t("erasure.confirm")}
          checked={confirmed}
          onChecked={setConfirmed}
          error={form.errors.fields.confirm}
        />
        <button type="submit" className="danger" aria-disabled={form.busy || undefined}>
          {t("erasure.submit")}
        </button>
        <StatusMessage>{done ?? null}</StatusMessage>
      </form>
    </section>
  );
}
