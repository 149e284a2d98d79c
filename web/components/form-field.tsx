// Form controls with their label, hint and error, linked for screen readers (aria-invalid, aria-describedby).
import type { ChangeEvent, InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";

interface FieldProps {
  /** The API's name of the field; also the control's name, so errors can focus it. */
  name: string;
  label: string;
  /** Translation key of the error shown beside the field. */
  error?: string | undefined;
  hint?: string;
  idPrefix?: string;
}

function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

function FieldMessages({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {t(error)}
        </p>
      )}
    </>
  );
}

/** The linking every control carries: its id and name, invalid state, messages and required mark for screen readers. */
function controlProps(id: string, name: string, { hint, error }: FieldProps, required?: boolean) {
  return {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, Boolean(hint), Boolean(error)),
    "aria-required": required || undefined,
  };
}

/** A control under its label (with the required mark), followed by its hint and error. */
function LabelledField({
  id,
  field,
  required,
  children,
}: {
  id: string;
  field: FieldProps;
  required?: boolean | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className={field.error ? "field invalid" : "field"}>
      <label htmlFor={id}>
        {field.label}
        {required && <span className="required"> ({t("app.required")})</span>}
      </label>
      {children}
      <FieldMessages id={id} hint={field.hint} error={field.error} />
    </div>
  );
}

type TextFieldProps = FieldProps & {
  value: string;
  onValue: (value: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "value" | "onChange" | "id">;

/** A labelled text input (text, email, password, number). */
export function TextField({
  name,
  label,
  error,
  hint,
  idPrefix = "f",
  value,
  onValue,
  required,
  ...input
}: TextFieldProps) {
  const id = `${idPrefix}-${name}`;
  const field = { name, label, error, hint };
  return (
    <LabelledField id={id} field={field} required={required}>
      <input
        {...controlProps(id, name, field, required)}
        value={value}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onValue(event.target.value)}
        {...input}
      />
    </LabelledField>
  );
}

type TextAreaFieldProps = FieldProps & {
  value: string;
  onValue: (value: string) => void;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "value" | "onChange" | "id">;

/** A labelled multi-line text. */
export function TextAreaField({
  name,
  label,
  error,
  hint,
  idPrefix = "f",
  value,
  onValue,
  required,
  rows = 4,
  ...textarea
}: TextAreaFieldProps) {
  const id = `${idPrefix}-${name}`;
  const field = { name, label, error, hint };
  return (
    <LabelledField id={id} field={field} required={required}>
      <textarea
        {...controlProps(id, name, field, required)}
        value={value}
        rows={rows}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onValue(event.target.value)}
        {...textarea}
      />
    </LabelledField>
  );
}

interface SelectFieldProps extends FieldProps {
  value: string;
  onValue: (value: string) => void;
  options: readonly { value: string; label: string }[];
  required?: boolean;
}

/** A labelled drop-down list. */
export function SelectField({
  name,
  label,
  error,
  hint,
  idPrefix = "f",
  value,
  onValue,
  options,
  required,
}: SelectFieldProps) {
  const id = `${idPrefix}-${name}`;
  const field = { name, label, error, hint };
  return (
    <LabelledField id={id} field={field} required={required}>
      <select
        {...controlProps(id, name, field, required)}
        value={value}
        onChange={(event) => onValue(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

interface CheckboxFieldProps extends FieldProps {
  checked: boolean;
  onChecked: (checked: boolean) => void;
}

/** A checkbox with its label on the right. */
export function CheckboxField({
  name,
  label,
  error,
  hint,
  idPrefix = "f",
  checked,
  onChecked,
}: CheckboxFieldProps) {
  const id = `${idPrefix}-${name}`;
  return (
    <div className={error ? "field checkbox invalid" : "field checkbox"}>
      <input
        {...controlProps(id, name, { name, label, error, hint })}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChecked(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}

/** The form-level error, announced at once (role="alert"). */
export function FormAlert({ error }: { error?: string | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div role="alert" className="alert alert-error">
      {t(error)}
    </div>
  );
}

/** A success or information message, announced politely. */
export function StatusMessage({ children }: { children?: ReactNode }) {
  return (
    <div role="status" className={children ? "alert alert-success" : "visually-hidden"}>
      {children}
    </div>
  );
}
