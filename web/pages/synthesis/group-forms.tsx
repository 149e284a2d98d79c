// The forms of a manager's operations on a synthesis: each sends one request and shows its error beside the field.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type ChallengeRef, client } from "../../api/typed-client.ts";
import type { IdeaGroupData, SynthesisData, SynthesisIdeaData } from "../../api/types.ts";
import { FormAlert, SelectField, TextField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";

/** The name shown for a group: the manager's name, else the analysis's label. */
export const shownName = (group: IdeaGroupData): string => group.name ?? group.label;

interface OperationProps {
  /** The challenge whose synthesis is changed. */
  challengeRef: ChallengeRef;
  onDone: (view: SynthesisData) => void;
}

/** Checkboxes choosing ideas, with their error under the legend. */
function IdeaChoices({
  idPrefix,
  legend,
  ideas,
  chosen,
  onChosen,
  error,
}: {
  idPrefix: string;
  legend: string;
  ideas: SynthesisIdeaData[];
  chosen: string[];
  onChosen: (ids: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const errorId = `${idPrefix}-ideaIds-error`;
  return (
    <fieldset
      className={error ? "field invalid idea-choices" : "field idea-choices"}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {ideas.map((idea) => (
        <div className="checkbox" key={idea.id}>
          <input
            id={`${idPrefix}-idea-${idea.id}`}
            type="checkbox"
            name="ideaIds"
            checked={chosen.includes(idea.id)}
            onChange={(event) =>
              onChosen(event.target.checked ? [...chosen, idea.id] : chosen.filter((id) => id !== idea.id))
            }
          />
          <label htmlFor={`${idPrefix}-idea-${idea.id}`}>{idea.title}</label>
        </div>
      ))}
      {error && (
        <p id={errorId} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {t(error)}
        </p>
      )}
    </fieldset>
  );
}

/** Groups ideas by hand: a name and the ideas (those in no group are offered). */
export function CreateGroupForm({
  challengeRef,
  onDone,
  ideas,
}: OperationProps & { ideas: SynthesisIdeaData[] }) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const form = useForm(["name", "ideaIds"], ["name"], () => ({ name }));
  const submit = form.handle(async () => {
    onDone(
      await client.post("/workspaces/:workspaceId/challenges/:challengeId/synthesis/groups", {
        params: challengeRef,
        body: { name, ideaIds: chosen },
      }),
    );
    setName("");
    setChosen([]);
  });
  return (
    <form
      ref={form.formRef}
      onSubmit={submit}
      noValidate
      aria-labelledby="create-group-title"
      className="card"
    >
      <h2 id="create-group-title">{t("synthesis.create.title")}</h2>
      <FormAlert error={form.errors.form} />
      <TextField
        idPrefix="create-group"
        name="name"
        label={t("synthesis.create.name")}
        value={name}
        onValue={setName}
        error={form.errors.fields.name}
        maxLength={120}
        required
      />
      {ideas.length > 0 && (
        <IdeaChoices
          idPrefix="create-group"
          legend={t("synthesis.create.ideas")}
          ideas={ideas}
          chosen={chosen}
          onChosen={setChosen}
          error={form.errors.fields.ideaIds}
        />
      )}
      <button type="submit" aria-disabled={form.busy || undefined}>
        {t("synthesis.create.submit")}
      </button>
    </form>
  );
}

/** Names a group; an empty name brings back the analysis's label. */
export function RenameForm({ challengeRef, onDone, group }: OperationProps & { group: IdeaGroupData }) {
  const { t } = useTranslation();
  const [name, setName] = useState(group.name ?? "");
  const form = useForm(["name"]);
  const submit = form.handle(async () => {
    onDone(
      await client.patch("/workspaces/:workspaceId/challenges/:challengeId/synthesis/groups/:groupId", {
        params: { ...challengeRef, groupId: group.id },
        body: { name: name.trim() || null },
      }),
    );
  });
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate className="group-form">
      <FormAlert error={form.errors.form} />
      <TextField
        idPrefix={`rename-${group.id}`}
        name="name"
        label={t("synthesis.rename.name")}
        hint={t("synthesis.rename.hint", { label: group.label })}
        value={name}
        onValue={setName}
        error={form.errors.fields.name}
        maxLength={120}
      />
      <button type="submit" aria-disabled={form.busy || undefined}>
        {t("synthesis.rename.submit")}
      </button>
    </form>
  );
}

/** Merges another group into this one. */
export function MergeForm({
  challengeRef,
  onDone,
  group,
  groups,
}: OperationProps & { group: IdeaGroupData; groups: IdeaGroupData[] }) {
  const { t } = useTranslation();
  const others = groups.filter((other) => other.id !== group.id);
  const [source, setSource] = useState(others[0]?.id ?? "");
  const form = useForm(["groupIds"]);
  if (others.length === 0) return null;
  const submit = form.handle(async () => {
    onDone(
      await client.post("/workspaces/:workspaceId/challenges/:challengeId/synthesis/groups/:groupId/merge", {
        params: { ...challengeRef, groupId: group.id },
        body: { groupIds: [source] },
      }),
    );
  });
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate className="group-form">
      <FormAlert error={form.errors.form} />
      <SelectField
        idPrefix={`merge-${group.id}`}
        name="groupIds"
        label={t("synthesis.merge.source")}
        value={others.some((other) => other.id === source) ? source : (others[0]?.id ?? "")}
        onValue={setSource}
        error={form.errors.fields.groupIds}
        options={others.map((other) => ({ value: other.id, label: shownName(other) }))}
      />
      <button type="submit" aria-disabled={form.busy || undefined}>
        {t("synthesis.merge.submit")}
      </button>
    </form>
  );
}

/** Splits chosen ideas of a group into a new group. */
export function SplitForm({ challengeRef, onDone, group }: OperationProps & { group: IdeaGroupData }) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const form = useForm(["name", "ideaIds"], ["name"], () => ({ name }));
  if (group.ideas.length < 2) return null;
  const submit = form.handle(async () => {
    onDone(
      await client.post("/workspaces/:workspaceId/challenges/:challengeId/synthesis/groups/:groupId/split", {
        params: { ...challengeRef, groupId: group.id },
        body: { name, ideaIds: chosen },
      }),
    );
  });
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate className="group-form">
      <FormAlert error={form.errors.form} />
      <IdeaChoices
        idPrefix={`split-${group.id}`}
        legend={t("synthesis.split.ideas")}
        ideas={group.ideas}
        chosen={chosen}
        onChosen={setChosen}
        error={form.errors.fields.ideaIds}
      />
      <TextField
        idPrefix={`split-${group.id}`}
        name="name"
        label={t("synthesis.split.name")}
        value={name}
        onValue={setName}
        error={form.errors.fields.name}
        maxLength={120}
        required
      />
      <button type="submit" aria-disabled={form.busy || undefined}>
        {t("synthesis.split.submit")}
      </button>
    </form>
  );
}

/** Moves an idea to a group, or out of every group. */
export function MoveForm({
  challengeRef,
  onDone,
  idea,
  groupId,
  groups,
}: OperationProps & { idea: SynthesisIdeaData; groupId: string | null; groups: IdeaGroupData[] }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState(groupId ?? "");
  const form = useForm(["groupId"]);
  const submit = form.handle(async () => {
    onDone(
      await client.put("/workspaces/:workspaceId/challenges/:challengeId/synthesis/ideas/:ideaId/group", {
        params: { ...challengeRef, ideaId: idea.id },
        body: { groupId: target || null },
      }),
    );
  });
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate className="move-form">
      <FormAlert error={form.errors.form} />
      <SelectField
        idPrefix={`move-${idea.id}`}
        name="groupId"
        label={t("synthesis.move.label", { title: idea.title })}
        value={target}
        onValue={setTarget}
        error={form.errors.fields.groupId}
        options={[
          { value: "", label: t("synthesis.move.none") },
          ...groups.map((group) => ({ value: group.id, label: shownName(group) })),
        ]}
      />
      <button type="submit" aria-disabled={form.busy || undefined}>
        {t("synthesis.move.submit")}
      </button>
    </form>
  );
}
