// A project's rules: "treat this term as neutral", "mentions of this term in this source are not about us".

import type { Static } from "@sinclair/typebox";
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Rule } from "../../../src/contracts/listening.ts";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { FormAlert, StatusMessage } from "../../components/form-field.tsx";
import type { Polarity } from "./listening-api.ts";

type RuleData = Static<typeof Rule>;
type Effect = Polarity | "irrelevant";

export function RulesSection({ path, onChanged }: { path: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const [rules, setRules] = useState<RuleData[]>();
  const [term, setTerm] = useState("");
  const [source, setSource] = useState("");
  const [effect, setEffect] = useState<Effect>("neutral");
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const load = useCallback(
    () =>
      api.get<{ rules: RuleData[] }>(path).then(
        (r) => setRules(r.rules),
        (f: unknown) => setError(formErrorsOf(f, []).form),
      ),
    [path],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    if (term.trim() === "") {
      setError(t("listening.ruleTermMissing"));
      return;
    }
    try {
      await api.post(`${path}/rules`, {
        term: term.trim(),
        source: source.trim() || null,
        ...(effect === "irrelevant" ? { relevant: false } : { polarity: effect }),
      });
      setNotice(t("listening.ruleAdded", { term: term.trim() }));
      setTerm("");
      setSource("");
      await load();
      onChanged();
    } catch (failure) {
      setError(formErrorsOf(failure, ["term", "source"]).form);
    }
  };
  const remove = async (rule: RuleData) => {
    try {
      await api.delete(`${path}/rules/${rule.id}`);
      setNotice(t("listening.ruleRemoved", { term: rule.term }));
      await load();
      onChanged();
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  };
  const effectOf = (rule: RuleData) =>
    rule.relevant === false
      ? t("listening.irrelevantChoice")
      : t(`listening.polarity.${rule.polarity ?? "neutral"}`);

  return (
    <section aria-labelledby="rules-title" className="card wide">
      <h2 id="rules-title">{t("listening.rules")}</h2>
      <p className="hint">{t("listening.rulesHint")}</p>
      <StatusMessage>{notice}</StatusMessage>
      <FormAlert error={error} />
      {rules && rules.length === 0 && <p>{t("listening.noRule")}</p>}
      {rules && rules.length > 0 && (
        <ul className="rule-list">
          {rules.map((rule) => (
            <li key={rule.id}>
              <span>
                « {rule.term} »{rule.source ? ` (${rule.source})` : ""} → {effectOf(rule)}
              </span>{" "}
              <button
                type="button"
                className="secondary"
                aria-label={t("listening.removeRule", { term: rule.term })}
                onClick={() => void remove(rule)}
              >
                {t("listening.remove")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="rule-form" aria-label={t("listening.addRule")} noValidate>
        <div className="field">
          <label htmlFor="rule-term">{t("listening.ruleTerm")}</label>
          <input id="rule-term" value={term} maxLength={200} onChange={(e) => setTerm(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="rule-source">{t("listening.ruleSource")}</label>
          <input
            id="rule-source"
            value={source}
            maxLength={200}
            onChange={(e) => setSource(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="rule-effect">{t("listening.ruleEffect")}</label>
          <select id="rule-effect" value={effect} onChange={(e) => setEffect(e.target.value as Effect)}>
            {(["positive", "neutral", "negative"] as const).map((p) => (
              <option key={p} value={p}>
                {t(`listening.polarity.${p}`)}
              </option>
            ))}
            <option value="irrelevant">{t("listening.irrelevantChoice")}</option>
          </select>
        </div>
        <button type="submit" className="primary">
          {t("listening.addRule")}
        </button>
      </form>
    </section>
  );
}
