// The project manager's debrief editor: per group, what we heard and will do, and its actions; challenge-wide actions.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FormErrors } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import { type ActionData, type ActionStatus, actionStatuses, type DebriefData } from "../../api/types.ts";
import {
  FormAlert,
  SelectField,
  StatusMessage,
  TextAreaField,
  TextField,
} from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";
import { GroupDebriefForm } from "./group-debrief-form.tsx";

const actionFields = ["title", "owner", "dueDate", "status", "reason"] as const;
const statusFields = ["status", "reason"] as const;

interface ActionTexts {
  title: string;
  owner: string;
  dueDate: string;
}

/** The title, owner and due date of an action, shared by the forms that add and edit one. */
function ActionTextFields({
  prefix,
  values,
  onValues,
  errors,
  ownerHint,
}: {
  prefix: string;
  values: ActionTexts;
  onValues: (values: ActionTexts) => void;
  errors: FormErrors["fields"];
  ownerHint?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        idPrefix={prefix}
        name="title"
        label={t("debriefEditor.actionTitle")}
        value={values.title}
        onValue={(title) => onValues({ ...values, title })}
        error={errors.title}
        maxLength={300}
        required
      />
      <TextField
        idPrefix={prefix}
        name="owner"
        label={t("debriefEditor.owner")}
        hint={ownerHint}
        value={values.owner}
        onValue={(owner) => onValues({ ...values, owner })}
        error={errors.owner}
        maxLength={200}
        required
      />
      <TextField
        idPrefix={prefix}
        name="dueDate"
        type="date"
        label={t("debriefEditor.dueDate")}
        value={values.dueDate}
        onValue={(dueDate) => onValues({ ...values, dueDate })}
        error={errors.dueDate}
      />
    </>
  );
}

/** The status of an action, and the reason a not-retained one needs, beside it. */
function StatusFields({
  prefix,
  label,
  status,
  reason,
  onStatus,
  onReason,
  errors,
}: {
  prefix: string;
  label: string;
  status: ActionStatus;
  reason: string;
  onStatus: (status: ActionStatus) => void;
  onReason: (reason: string) => void;
  errors: FormErrors["fields"];
}) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        idPrefix={prefix}
        name="status"
        label={label}
        value={status}
        onValue={(value) => onStatus(value as ActionStatus)}
        options={actionStatuses.map((value) => ({ value, label: t(`actionStatus.${value}`) }))}
        error={errors.status}
      />
      {status === "not-retained" && (
        <TextAreaField
          idPrefix={prefix}
          name="reason"
          label={t("debriefEditor.reason")}
          hint={t("debriefEditor.reasonHint")}
          value={reason}
          onValue={onReason}
          error={errors.reason}
          maxLength={2000}
          rows={2}
        />
      )}
    </>
  );
}

const noTexts: ActionTexts = { title: "", owner: "", dueDate: "" };

/** Adds an action to a group (or to the whole challenge when `groupId` is null). */
function NewActionForm({
  workspaceId,
  challengeId,
  groupId,
  onSaved,
}: {
  workspaceId: string;
  challengeId: string;
  groupId: string | null;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState(noTexts);
  const [status, setStatus] = useState<ActionStatus>("planned");
  const [reason, setReason] = useState("");
  const [saved, setSaved] = useState<string>();
  const form = useForm(actionFields, ["title", "owner"], () => ({ ...texts }));
  const submit = form.handle(async () => {
    setSaved(undefined);
    await client.post("/workspaces/:workspaceId/challenges/:challengeId/actions", {
      params: { workspaceId, challengeId },
      body: {
        title: texts.title,
        owner: texts.owner,
        groupId,
        status,
        reason: status === "not-retained" ? reason : null,
        dueDate: texts.dueDate || null,
      },
    });
    setTexts(noTexts);
    setStatus("planned");
    setReason("");
    setSaved(t("debriefEditor.actionAdded"));
    onSaved();
  });
  const prefix = `new-action-${groupId ?? "challenge"}`;
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate className="action-form">
      <h4>{t("debriefEditor.addAction")}</h4>
      <FormAlert error={form.errors.form} />
      <StatusMessage>{saved}</StatusMessage>
      <ActionTextFields
        prefix={prefix}
        values={texts}
        onValues={setTexts}
        errors={form.errors.fields}
        ownerHint={t("debriefEditor.ownerHint")}
      />
      <StatusFields
        prefix={prefix}
        label={t("debriefEditor.status")}
        status={status}
        reason={reason}
        onStatus={setStatus}
        onReason={setReason}
        errors={form.errors.fields}
      />
      <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
        {t("debriefEditor.add")}
      </button>
    </form>
  );
}

/** One action: move its status (with why when not retained), edit it, or delete it. */
function ActionEditor({
  workspaceId,
  action,
  onSaved,
}: {
  workspaceId: string;
  action: ActionData;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const params = { workspaceId, actionId: action.id };
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [reason, setReason] = useState(action.reason ?? "");
  const [texts, setTexts] = useState<ActionTexts>({
    title: action.title,
    owner: action.owner,
    dueDate: action.dueDate ?? "",
  });
  const [saved, setSaved] = useState<string>();
  const statusForm = useForm(statusFields);
  const editForm = useForm(actionFields, ["title", "owner"], () => ({ ...texts }));
  const moveStatus = statusForm.handle(async () => {
    setSaved(undefined);
    await client.put("/workspaces/:workspaceId/actions/:actionId/status", {
      params,
      body: { status, reason: status === "not-retained" ? reason : null },
    });
    setSaved(t("debriefEditor.statusSaved"));
    onSaved();
  });
  const edit = editForm.handle(async () => {
    setSaved(undefined);
    await client.patch("/workspaces/:workspaceId/actions/:actionId", {
      params,
      body: { title: texts.title, owner: texts.owner, dueDate: texts.dueDate || null },
    });
    setSaved(t("debriefEditor.actionSaved"));
    onSaved();
  });
  async function remove() {
    if (!window.confirm(t("debriefEditor.confirmDelete", { title: action.title }))) return;
    await client.delete("/workspaces/:workspaceId/actions/:actionId", { params });
    onSaved();
  }
  const prefix = `action-${action.id}`;
  return (
    <li className="action-editor">
      <p>
        <strong>{action.title}</strong>{" "}
        <span className={`badge action-${action.status}`}>{t(`actionStatus.${action.status}`)}</span>
      </p>
      <StatusMessage>{saved}</StatusMessage>
      <form ref={statusForm.formRef} onSubmit={moveStatus} noValidate>
        <FormAlert error={statusForm.errors.form} />
        <StatusFields
          prefix={`${prefix}-move`}
          label={t("debriefEditor.statusOf", { title: action.title })}
          status={status}
          reason={reason}
          onStatus={setStatus}
          onReason={setReason}
          errors={statusForm.errors.fields}
        />
        <button type="submit" aria-disabled={statusForm.busy || undefined}>
          {t("debriefEditor.moveStatus")}
        </button>
      </form>
      <details>
        <summary>{t("debriefEditor.editAction")}</summary>
        <form ref={editForm.formRef} onSubmit={edit} noValidate>
          <FormAlert error={editForm.errors.form} />
          <ActionTextFields
            prefix={prefix}
            values={texts}
            onValues={setTexts}
            errors={editForm.errors.fields}
          />
          <div className="actions">
            <button type="submit" aria-disabled={editForm.busy || undefined}>
              {t("debriefEditor.saveAction")}
            </button>
            <button type="button" className="danger" onClick={() => void remove()}>
              {t("debriefEditor.delete")}
            </button>
          </div>
        </form>
      </details>
    </li>
  );
}

function ActionEditors(props: {
  workspaceId: string;
  challengeId: string;
  groupId: string | null;
  actions: readonly ActionData[];
  onSaved: () => void;
}) {
  return (
    <>
      {props.actions.length > 0 && (
        <ul className="action-list">
          {props.actions.map((action) => (
            <ActionEditor
              key={action.id}
              workspaceId={props.workspaceId}
              action={action}
              onSaved={props.onSaved}
            />
          ))}
        </ul>
      )}
      <NewActionForm
        workspaceId={props.workspaceId}
        challengeId={props.challengeId}
        groupId={props.groupId}
        onSaved={props.onSaved}
      />
    </>
  );
}

export function DebriefEditor({
  workspaceId,
  debrief,
  onSaved,
}: {
  workspaceId: string;
  debrief: DebriefData;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const challengeId = debrief.challenge.id;
  return (
    <div className="debrief-editor stack">
      {debrief.groups.length === 0 && <p className="meta">{t("debriefEditor.noGroups")}</p>}
      {debrief.groups.map((group) => (
        <details key={group.id} className="card-inner">
          <summary>{t("debriefEditor.group", { name: group.name, count: group.size })}</summary>
          <GroupDebriefForm workspaceId={workspaceId} group={group} onSaved={onSaved} />
          <ActionEditors
            workspaceId={workspaceId}
            challengeId={challengeId}
            groupId={group.id}
            actions={group.actions}
            onSaved={onSaved}
          />
        </details>
      ))}
      <details className="card-inner">
        <summary>{t("weDid.challengeWide")}</summary>
        <ActionEditors
          workspaceId={workspaceId}
          challengeId={challengeId}
          groupId={null}
          actions={debrief.actions}
          onSaved={onSaved}
        />
      </details>
    </div>
  );
}
