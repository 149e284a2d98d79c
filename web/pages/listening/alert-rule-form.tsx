// The form of an alert rule: its kind, what it watches, and how long it stays quiet after it fired.
import type { Static } from "@sinclair/typebox";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AlertRule } from "../../../src/contracts/listening-alerts.ts";
import { FormAlert, SelectField, TextField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";

export type AlertRuleData = Static<typeof AlertRule>;
export type AlertKindName = AlertRuleData["kind"];
export const alertKindNames: AlertKindName[] = ["volume-spike", "negative-surge", "new-topic", "query-match"];

/** What the form sends: the rule's fields as the API takes them. */
export interface AlertRuleSubmission {
  name: string;
  kind: AlertKindName;
  settings: AlertRuleData["settings"];
  minIntervalHours: number;
}

const fields = [
  "name",
  "kind",
  "settings/brand",
  "settings/windowDays",
  "settings/drop",
  "settings/minimumMentions",
  "settings/query",
  "minIntervalHours",
] as const;

/** A number typed in a field, or undefined when left empty (the server's default applies). */
const numberOf = (text: string) => (text.trim() === "" ? undefined : Number(text.replace(",", ".")));

export function AlertRuleForm({
  idPrefix,
  panel,
  rule,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  /** The frame's names (brand first), offered to watch one of them only. */
  panel: string[];
  /** The rule edited, or none for a new one. */
  rule?: AlertRuleData;
  onSubmit: (values: AlertRuleSubmission) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(rule?.name ?? "");
  const [kind, setKind] = useState<AlertKindName>(rule?.kind ?? "volume-spike");
  const [brand, setBrand] = useState(rule?.settings.brand ?? "");
  const [windowDays, setWindowDays] = useState(String(rule?.settings.windowDays ?? ""));
  const [drop, setDrop] = useState(
    rule?.settings.drop === undefined ? "" : String(Math.round(rule.settings.drop * 100)),
  );
  const [minimum, setMinimum] = useState(String(rule?.settings.minimumMentions ?? ""));
  const [query, setQuery] = useState(rule?.settings.query ?? "");
  const [quietHours, setQuietHours] = useState(String(rule?.minIntervalHours ?? 24));
  const required = kind === "query-match" ? ["name", "settings/query"] : ["name"];
  const form = useForm(fields, required, () => ({ name, "settings/query": query }));
  const byBrand = kind === "volume-spike" || kind === "negative-surge";
  const windowed = kind === "negative-surge" || kind === "new-topic";

  const submit = form.handle(async () => {
    const dropPoints = numberOf(drop);
    const settings: AlertRuleData["settings"] = {
      ...(byBrand && brand ? { brand } : {}),
      ...(windowed && numberOf(windowDays) !== undefined ? { windowDays: numberOf(windowDays) } : {}),
      ...(windowed && numberOf(minimum) !== undefined ? { minimumMentions: numberOf(minimum) } : {}),
      ...(kind === "negative-surge" && dropPoints !== undefined ? { drop: dropPoints / 100 } : {}),
      ...(kind === "query-match" ? { query: query.trim() } : {}),
    };
    await onSubmit({ name: name.trim(), kind, settings, minIntervalHours: numberOf(quietHours) ?? 24 });
  });
  const error = (field: (typeof fields)[number]) => form.errors.fields[field];

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate className="card stack alert-rule-form">
      <FormAlert error={form.errors.form} />
      <TextField
        idPrefix={idPrefix}
        name="name"
        label={t("alerts.name")}
        value={name}
        onValue={setName}
        required
        maxLength={200}
        error={error("name")}
      />
      {rule ? (
        <p>{t("alerts.kindIs", { kind: t(`alerts.kinds.${kind}`) })}</p>
      ) : (
        <SelectField
          idPrefix={idPrefix}
          name="kind"
          label={t("alerts.kind")}
          hint={t(`alerts.kindHints.${kind}`)}
          value={kind}
          onValue={(value) => setKind(value as AlertKindName)}
          options={alertKindNames.map((k) => ({ value: k, label: t(`alerts.kinds.${k}`) }))}
          error={error("kind")}
        />
      )}
      {byBrand && panel.length > 0 && (
        <SelectField
          idPrefix={idPrefix}
          name="settings/brand"
          label={t("alerts.brand")}
          value={brand}
          onValue={setBrand}
          options={[
            { value: "", label: t("alerts.allMentions") },
            ...panel.map((n) => ({ value: n, label: n })),
          ]}
          error={error("settings/brand")}
        />
      )}
      {kind === "negative-surge" && (
        <TextField
          idPrefix={idPrefix}
          name="settings/drop"
          label={t("alerts.drop")}
          hint={t("alerts.dropHint")}
          type="number"
          inputMode="numeric"
          min={5}
          max={200}
          value={drop}
          onValue={setDrop}
          error={error("settings/drop")}
        />
      )}
      {windowed && (
        <>
          <TextField
            idPrefix={idPrefix}
            name="settings/windowDays"
            label={t("alerts.windowDays")}
            hint={t("alerts.windowDaysHint")}
            type="number"
            inputMode="numeric"
            min={1}
            max={90}
            value={windowDays}
            onValue={setWindowDays}
            error={error("settings/windowDays")}
          />
          <TextField
            idPrefix={idPrefix}
            name="settings/minimumMentions"
            label={t("alerts.minimumMentions")}
            hint={t("alerts.minimumMentionsHint")}
            type="number"
            inputMode="numeric"
            min={1}
            value={minimum}
            onValue={setMinimum}
            error={error("settings/minimumMentions")}
          />
        </>
      )}
      {kind === "query-match" && (
        <TextField
          idPrefix={idPrefix}
          name="settings/query"
          label={t("alerts.query")}
          hint={t("alerts.queryHint")}
          value={query}
          onValue={setQuery}
          required
          maxLength={500}
          error={error("settings/query")}
        />
      )}
      <TextField
        idPrefix={idPrefix}
        name="minIntervalHours"
        label={t("alerts.minInterval")}
        hint={t("alerts.minIntervalHint")}
        type="number"
        inputMode="numeric"
        min={1}
        max={720}
        value={quietHours}
        onValue={setQuietHours}
        error={error("minIntervalHours")}
      />
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {rule ? t("alerts.save") : t("alerts.add")}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t("alerts.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
