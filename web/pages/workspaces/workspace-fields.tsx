// The fields of a workspace, shared by the creation form and the owner's settings.
import { useTranslation } from "react-i18next";
import { type WorkspaceKind, workspaceKinds } from "../../api/types.ts";
import { CheckboxField, SelectField, TextField } from "../../components/form-field.tsx";

export interface WorkspaceValues {
  name: string;
  kind: WorkspaceKind;
  allowAnonymous: boolean;
}

export function WorkspaceFields({
  idPrefix,
  values,
  onChange,
  errors,
  nameHint,
}: {
  idPrefix: string;
  values: WorkspaceValues;
  onChange(values: WorkspaceValues): void;
  /** Translation keys of the errors beside each field. */
  errors: Partial<Record<string, string>>;
  nameHint?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        idPrefix={idPrefix}
        name="name"
        label={t("workspaces.name")}
        hint={nameHint}
        value={values.name}
        onValue={(name) => onChange({ ...values, name })}
        error={errors.name}
        maxLength={120}
        required
      />
      <SelectField
        idPrefix={idPrefix}
        name="kind"
        label={t("workspaces.kind")}
        value={values.kind}
        onValue={(kind) => onChange({ ...values, kind: kind as WorkspaceKind })}
        error={errors.kind}
        options={workspaceKinds.map((value) => ({ value, label: t(`kinds.${value}`) }))}
      />
      <CheckboxField
        idPrefix={idPrefix}
        name="allowAnonymous"
        label={t("workspaces.allowAnonymous")}
        hint={t("workspaces.allowAnonymousHint")}
        checked={values.allowAnonymous}
        onChecked={(allowAnonymous) => onChange({ ...values, allowAnonymous })}
        error={errors.allowAnonymous}
      />
    </>
  );
}
