// One labelled form for the records of a session (decision, path, urgent need, deliverable), driven by a field list.
import { type FormEvent, useState } from "react";
import { FormAlert, SelectField, TextAreaField, TextField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";

export type RecordValues = Record<string, string>;

export interface RecordField {
  /** The API's name of the field. */
  name: string;
  label: string;
  kind?: "text" | "date" | "textarea" | "select" | "file";
  hint?: string;
  options?: { value: string; label: string }[];
  /** Whether the field must be filled, possibly depending on the others (a path abandoned needs its reason). */
  required?: boolean | ((values: RecordValues) => boolean);
  /** The value the field starts with and returns to after a submission; "" when not given. */
  initial?: string;
}

export interface RecordFormProps {
  /** Unique per form on the page: prefixes the controls' ids. */
  id: string;
  /** The form's accessible name and its button's text. */
  action: string;
  fields: RecordField[];
  /** Sends the record; `files` holds the chosen file of each `file` field. */
  send: (values: RecordValues, files: Record<string, File | undefined>) => Promise<void>;
}

const initialValues = (fields: RecordField[]): RecordValues =>
  Object.fromEntries(fields.filter((f) => f.kind !== "file").map((f) => [f.name, f.initial ?? ""]));

const isRequired = (field: RecordField, values: RecordValues) =>
  typeof field.required === "function" ? field.required(values) : Boolean(field.required);

export function RecordForm({ id, action, fields, send }: RecordFormProps) {
  const [values, setValues] = useState<RecordValues>(() => initialValues(fields));
  const [files, setFiles] = useState<Record<string, File | undefined>>({});
  const form = useForm(
    fields.map((f) => f.name),
    fields.filter((f) => isRequired(f, values)).map((f) => f.name),
    () => values,
  );
  const submit = form.handle(async () => {
    await send(values, files);
    setValues(initialValues(fields));
    setFiles({});
  });
  const set = (name: string) => (value: string) => setValues((current) => ({ ...current, [name]: value }));
  return (
    <form
      ref={form.formRef}
      onSubmit={(event: FormEvent<HTMLFormElement>) => void submit(event)}
      className="record-form"
      noValidate
      aria-label={action}
    >
      <FormAlert error={form.errors.form} />
      {fields.map((field) => {
        const common = {
          idPrefix: id,
          name: field.name,
          label: field.label,
          required: isRequired(field, values),
          error: form.errors.fields[field.name],
          ...(field.hint === undefined ? {} : { hint: field.hint }),
        };
        const value = values[field.name] ?? "";
        switch (field.kind) {
          case "select":
            return (
              <SelectField
                key={field.name}
                {...common}
                value={value}
                onValue={set(field.name)}
                options={field.options ?? []}
              />
            );
          case "textarea":
            return (
              <TextAreaField key={field.name} {...common} value={value} onValue={set(field.name)} rows={3} />
            );
          case "file":
            return (
              <div key={field.name} className="field">
                <label htmlFor={`${id}-${field.name}`}>{field.label}</label>
                <input
                  id={`${id}-${field.name}`}
                  name={field.name}
                  type="file"
                  onChange={(e) => setFiles((current) => ({ ...current, [field.name]: e.target.files?.[0] }))}
                />
              </div>
            );
          default:
            return (
              <TextField
                key={field.name}
                {...common}
                type={field.kind === "date" ? "date" : "text"}
                value={value}
                onValue={set(field.name)}
              />
            );
        }
      })}
      <button type="submit" className="button" disabled={form.busy}>
        {action}
      </button>
    </form>
  );
}
