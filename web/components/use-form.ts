// A form's submission state: busy flag, errors from the server placed by field, focus on the first problem.
import { type FormEvent, useCallback, useRef, useState } from "react";
import { blankFields, type FormErrors, formErrorsOf, noErrors } from "../api/problems.ts";

export interface FormState {
  errors: FormErrors;
  busy: boolean;
  formRef: React.RefObject<HTMLFormElement | null>;
  /** Prevents the browser's submission, checks required fields, runs `action`, and places any error. */
  handle: (action: () => Promise<void>) => (event: FormEvent<HTMLFormElement>) => Promise<void>;
  setErrors: (errors: FormErrors) => void;
}

/**
 * `fields` lists the form's field names in screen order (the API's names); `values` are checked for `required` ones.
 */
export function useForm(
  fields: readonly string[],
  required: readonly string[] = [],
  values: () => Record<string, string> = () => ({}),
): FormState {
  const [errors, setErrorsState] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement | null>(null);

  const setErrors = useCallback(
    (next: FormErrors) => {
      setErrorsState(next);
      // Move focus to the first field in error: its message is read with it (aria-describedby).
      const first = fields.find((name) => next.fields[name]);
      if (first) {
        requestAnimationFrame(() => {
          formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
        });
      }
    },
    [fields],
  );

  const handle = useCallback(
    (action: () => Promise<void>) => async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (busy) return;
      const blank = blankFields(values(), required);
      if (blank) return setErrors(blank);
      setErrorsState(noErrors);
      setBusy(true);
      try {
        await action();
      } catch (error) {
        setErrors(formErrorsOf(error, fields));
      } finally {
        setBusy(false);
      }
    },
    [busy, fields, required, values, setErrors],
  );

  return { errors, busy, formRef, handle, setErrors };
}
