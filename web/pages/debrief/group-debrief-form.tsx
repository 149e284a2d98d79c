// The project manager's form for one group of a debrief: what we heard and what we will do.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { client } from "../../api/typed-client.ts";
import type { DebriefData } from "../../api/types.ts";
import { FormAlert, StatusMessage, TextAreaField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";

const groupFields = ["heard", "willDo"] as const;

/** Saves a group's "heard" and "will do" texts. */
export function GroupDebriefForm({
  workspaceId,
  group,
  onSaved,
}: {
  workspaceId: string;
  group: DebriefData["groups"][number];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [heard, setHeard] = useState(group.heard ?? "");
  const [willDo, setWillDo] = useState(group.willDo ?? "");
  const [saved, setSaved] = useState<string>();
  const form = useForm(groupFields);
  const submit = form.handle(async () => {
    setSaved(undefined);
    await client.put("/workspaces/:workspaceId/groups/:groupId/debrief", {
      params: { workspaceId, groupId: group.id },
      body: { heard, willDo },
    });
    setSaved(t("debriefEditor.groupSaved"));
    onSaved();
  });
  const prefix = `group-${group.id}`;
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <FormAlert error={form.errors.form} />
      <StatusMessage>{saved}</StatusMessage>
      <TextAreaField
        idPrefix={prefix}
        name="heard"
        label={t("weDid.heard")}
        value={heard}
        onValue={setHeard}
        error={form.errors.fields.heard}
        maxLength={10_000}
        rows={3}
      />
      <TextAreaField
        idPrefix={prefix}
        name="willDo"
        label={t("weDid.willDo")}
        value={willDo}
        onValue={setWillDo}
        error={form.errors.fields.willDo}
        maxLength={10_000}
        rows={3}
      />
      <button type="submit" aria-disabled={form.busy || undefined}>
        {t("debriefEditor.saveGroup")}
      </button>
    </form>
  );
}
