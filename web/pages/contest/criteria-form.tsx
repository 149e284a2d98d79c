// The contest part of the brief: the jury's criteria with their weights, and the jury's share of the final score.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type ChallengeRef, client } from "../../api/typed-client.ts";
import type { ContestData } from "../../api/types.ts";
import { FormAlert, StatusMessage, TextField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";

interface Row {
  key: number;
  id?: string;
  name: string;
  description: string;
  weight: string;
}

let nextKey = 0;
const rowOf = (c?: ContestData["criteria"][number]): Row => ({
  key: nextKey++,
  ...(c ? { id: c.id } : {}),
  name: c?.name ?? "",
  description: c?.description ?? "",
  weight: String(c?.weight ?? 1),
});

export function CriteriaForm({
  contest,
  challengeRef,
  onSaved,
}: {
  contest: ContestData;
  challengeRef: ChallengeRef;
  onSaved: (contest: ContestData) => void;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() =>
    contest.criteria.length > 0 ? contest.criteria.map(rowOf) : [rowOf()],
  );
  const [juryShare, setJuryShare] = useState(String(contest.juryShare));
  const [saved, setSaved] = useState(false);
  const fields = [
    "juryShare",
    ...rows.flatMap((_, i) => [`criteria.${i}.name`, `criteria.${i}.description`, `criteria.${i}.weight`]),
    "criteria",
  ];
  const form = useForm(fields);

  const change = (key: number, patch: Partial<Row>) =>
    setRows((list) => list.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const submit = form.handle(async () => {
    setSaved(false);
    const result = await client.put("/workspaces/:workspaceId/challenges/:challengeId/contest", {
      params: challengeRef,
      body: {
        juryShare: Number(juryShare),
        criteria: rows.map((row) => ({
          ...(row.id ? { id: row.id } : {}),
          name: row.name,
          description: row.description,
          weight: Number(row.weight),
        })),
      },
    });
    setRows(result.contest.criteria.map(rowOf));
    setSaved(true);
    onSaved(result.contest);
  });

  return (
    <section aria-labelledby="criteria-title" className="card">
      <h2 id="criteria-title">{t("contest.criteriaFormTitle")}</h2>
      <p className="hint">{t("contest.criteriaFormHint")}</p>
      <form ref={form.formRef} onSubmit={submit} noValidate className="stack">
        <FormAlert error={form.errors.form ?? form.errors.fields.criteria} />
        <StatusMessage>{saved && t("contest.criteriaSaved")}</StatusMessage>
        <TextField
          idPrefix="contest"
          name="juryShare"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          label={t("contest.juryShare")}
          hint={t("contest.juryShareHint")}
          value={juryShare}
          onValue={setJuryShare}
          error={form.errors.fields.juryShare}
        />
        {rows.map((row, i) => (
          <fieldset key={row.key} className="criterion">
            <legend>{t("contest.criterionN", { n: i + 1 })}</legend>
            <TextField
              idPrefix={`criterion-${row.key}`}
              name={`criteria.${i}.name`}
              label={t("contest.criterionName")}
              value={row.name}
              onValue={(name) => change(row.key, { name })}
              error={form.errors.fields[`criteria.${i}.name`]}
              maxLength={120}
              required
            />
            <TextField
              idPrefix={`criterion-${row.key}`}
              name={`criteria.${i}.description`}
              label={t("contest.criterionDescription")}
              value={row.description}
              onValue={(description) => change(row.key, { description })}
              error={form.errors.fields[`criteria.${i}.description`]}
              maxLength={1000}
            />
            <TextField
              idPrefix={`criterion-${row.key}`}
              name={`criteria.${i}.weight`}
              type="number"
              inputMode="numeric"
              min={1}
              max={10}
              label={t("contest.criterionWeight")}
              hint={t("contest.criterionWeightHint")}
              value={row.weight}
              onValue={(weight) => change(row.key, { weight })}
              error={form.errors.fields[`criteria.${i}.weight`]}
            />
            <button type="button" onClick={() => setRows((list) => list.filter((r) => r.key !== row.key))}>
              {t("contest.removeCriterion", { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <div className="actions">
          <button type="button" onClick={() => setRows((list) => [...list, rowOf()])}>
            {t("contest.addCriterion")}
          </button>
          <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
            {t("contest.saveCriteria")}
          </button>
        </div>
      </form>
    </section>
  );
}
