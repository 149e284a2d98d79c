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
  const { t } = useTranslation();
  const id = `${idPrefix}-${name}`;
  return (
    <div className={error ? "field invalid" : "field"}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> ({t("app.required")})</span>}
      </label>
      <input
        id={id}
        name={name}
        value={value}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        aria-required={required || undefined}
        {...input}
      />
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
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
  const { t } = useTranslation();
  const id = `${idPrefix}-${name}`;
  return (
    <div className={error ? "field invalid" : "field"}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> ({t("app.required")})</span>}
      </label>
      <textarea
        id={id}
        name={name}
        value={value}
        rows={rows}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        aria-required={required || undefined}
        {...textarea}
      />
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
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
  const { t } = useTranslation();
  const id = `${idPrefix}-${name}`;
  return (
    <div className={error ? "field invalid" : "field"}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> ({t("app.required")})</span>}
      </label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        aria-required={required || undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
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
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChecked(event.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
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
