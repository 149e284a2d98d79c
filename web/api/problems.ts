// Maps a failed request to translation keys: one per form field concerned, or one for the whole form.
import { ApiError } from "./client.ts";

/** Translation keys of a form's errors: beside fields (by field name) and for the form as a whole. */
export interface FormErrors {
  fields: Partial<Record<string, string>>;
  form?: string;
}

export const noErrors: FormErrors = { fields: {} };

/** The key of a validation keyword reported for one field (Ajv's keywords: format, minLength, required…). */
function validationKey(field: string, code: string): string {
  if (code === "format" && field === "email") return "validation.email";
  if (code === "required") return "validation.required";
  if (["format", "minLength", "maxLength", "minimum", "maximum"].includes(code)) return `validation.${code}`;
  return "validation.invalid";
}

/**
 * Where each message goes: a field of the form when the server names one the form shows, else the form-level alert.
 * `fields` are the form's field names, as the API spells them.
 */
export function formErrorsOf(error: unknown, fields: readonly string[]): FormErrors {
  if (!(error instanceof ApiError)) return { fields: {}, form: "errors.internal" };
  if (error.code === "network") return { fields: {}, form: "app.offline" };
  const result: FormErrors = { fields: {} };
  for (const problem of error.errors) {
    if (fields.includes(problem.field))
      result.fields[problem.field] ??= validationKey(problem.field, problem.code);
  }
  if (error.errors.length === 0 && error.field && fields.includes(error.field)) {
    result.fields[error.field] = `errors.${error.code}`;
  }
  if (Object.keys(result.fields).length === 0) result.form = `errors.${error.code}`;
  return result;
}

/** Client-side check before sending: names of required fields left blank get "required". */
export function blankFields(
  values: Record<string, string>,
  required: readonly string[],
): FormErrors | undefined {
  const blank = required.filter((name) => (values[name] ?? "").trim() === "");
  if (blank.length === 0) return undefined;
  return { fields: Object.fromEntries(blank.map((name) => [name, "validation.required"])) };
}
