// Managers' exchange with Pol.is: download the conversation as comments.csv and votes.csv, or import such an export.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { type ChallengeRef, client } from "../../api/typed-client.ts";
import { FormAlert, StatusMessage } from "../../components/form-field.tsx";

const fileNames = ["comments", "votes"] as const;
type FileName = (typeof fileNames)[number];

/** "votes.csv:12:5" from a problem's detail, to say where the file is wrong. */
function whereOf(error: unknown): string | undefined {
  return error instanceof ApiError ? /^[\w-]+\.csv:\d+(?::\d+)?/.exec(error.message)?.[0] : undefined;
}

export function PolisExchange({
  challengeRef,
  onImported,
}: {
  challengeRef: ChallengeRef;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<Partial<Record<FileName, File>>>({});
  const [errors, setErrors] = useState<{ field?: FileName; key?: string; where?: string }>({});
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(undefined);
    const missing = fileNames.find((name) => !files[name]);
    if (missing) return setErrors({ field: missing, key: "validation.required" });
    setErrors({});
    setBusy(true);
    try {
      const [comments = "", votes = ""] = await Promise.all(
        fileNames.map((name) => (files[name] as File).text()),
      );
      const result = await client.post(
        "/workspaces/:workspaceId/challenges/:challengeId/conversation/import",
        {
          params: challengeRef,
          body: { comments, votes },
        },
      );
      setDone(t("conversation.exchange.imported", result.imported));
      onImported();
    } catch (error) {
      const placed = formErrorsOf(error, fileNames);
      const field = fileNames.find((name) => placed.fields[name]);
      const where = whereOf(error);
      setErrors(
        field
          ? { field, key: placed.fields[field] as string, ...(where ? { where } : {}) }
          : { key: placed.form as string },
      );
    } finally {
      setBusy(false);
    }
  };

  const api1 = `/api/v1/workspaces/${challengeRef.workspaceId}/challenges/${challengeRef.challengeId}/conversation/export`;
  return (
    <section aria-labelledby="polis-exchange-title" className="polis-exchange">
      <h3 id="polis-exchange-title">{t("conversation.exchange.title")}</h3>
      <p className="actions">
        <a className="button" href={`${api1}/comments.csv`} download="comments.csv">
          {t("conversation.exchange.exportComments")}
        </a>
        <a className="button" href={`${api1}/votes.csv`} download="votes.csv">
          {t("conversation.exchange.exportVotes")}
        </a>
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert error={errors.field ? undefined : errors.key} />
        <StatusMessage>{done}</StatusMessage>
        <p className="hint">{t("conversation.exchange.importHint")}</p>
        {fileNames.map((name) => {
          const id = `polis-${name}`;
          const invalid = errors.field === name;
          return (
            <div key={name} className={invalid ? "field invalid" : "field"}>
              <label htmlFor={id}>{t(`conversation.exchange.${name}File`)}</label>
              <input
                id={id}
                name={name}
                type="file"
                accept=".csv,text/csv"
                aria-invalid={invalid || undefined}
                aria-describedby={invalid ? `${id}-error` : undefined}
                onChange={(event) => setFiles((current) => ({ ...current, [name]: event.target.files?.[0] }))}
              />
              {invalid && errors.key && (
                <p id={`${id}-error`} className="field-error">
                  <span aria-hidden="true">⚠ </span>
                  {t(errors.key)}
                  {errors.where && ` (${t("conversation.exchange.where", { where: errors.where })})`}
                </p>
              )}
            </div>
          );
        })}
        <button type="submit" aria-disabled={busy || undefined}>
          {t("conversation.exchange.import")}
        </button>
      </form>
    </section>
  );
}
