// Correct every mention of a filtered list at once: its polarity, or "not about us".
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { formatCount, type MentionFilter, type Polarity } from "./listening-api.ts";

type Choice = Polarity | "irrelevant";

export function BulkCorrection({
  path,
  filter,
  total,
  onCorrected,
}: {
  path: string;
  filter: MentionFilter;
  total: number;
  onCorrected: (corrected: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const [choice, setChoice] = useState<Choice>("neutral");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const correction = choice === "irrelevant" ? { relevant: false } : { polarity: choice };
      const result = await api.post<{ corrected: number }>(`${path}/corrections`, { filter, correction });
      onCorrected(result.corrected);
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="bulk-correction" onSubmit={submit} aria-labelledby="bulk-title">
      <h3 id="bulk-title">
        {t("listening.bulkTitle", { count: total, n: formatCount(total, i18n.language) })}
      </h3>
      <FormAlert error={error} />
      <div className="field">
        <label htmlFor="bulk-choice">{t("listening.bulkChoice")}</label>
        <select id="bulk-choice" value={choice} onChange={(event) => setChoice(event.target.value as Choice)}>
          {(["positive", "neutral", "negative"] as const).map((p) => (
            <option key={p} value={p}>
              {t(`listening.polarity.${p}`)}
            </option>
          ))}
          <option value="irrelevant">{t("listening.irrelevantChoice")}</option>
        </select>
      </div>
      <button type="submit" className="secondary" aria-disabled={busy || undefined}>
        {t("listening.bulkSubmit", { count: total, n: formatCount(total, i18n.language) })}
      </button>
    </form>
  );
}
