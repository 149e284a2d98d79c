// Downloading everything Cocrea holds about the person: one JSON document, or one CSV file per dataset.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { AccountSection } from "./account-section.tsx";

export function DataSection() {
  const { t } = useTranslation();
  const [datasets, setDatasets] = useState<Array<{ name: string; count: number }>>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    client
      .get("/me/data")
      .then((data) =>
        setDatasets(
          data.datasets.filter((d) => d.rows.length > 0).map((d) => ({ name: d.name, count: d.rows.length })),
        ),
      )
      .catch((failure: unknown) => setError(formErrorsOf(failure, []).form));
  }, []);

  return (
    <AccountSection id="data" title={t("account.data.title")}>
      <p>{t("account.data.intro")}</p>
      <p>
        <a className="button primary" href="/api/v1/me/data" download="cocrea-my-data.json">
          {t("account.data.json")}
        </a>
      </p>
      <FormAlert error={error} />
      {datasets && (
        <>
          <h3>{t("account.data.csvTitle")}</h3>
          <p className="hint">{t("account.data.csvHint")}</p>
          <ul className="plain-list account-files">
            {datasets.map((dataset) => (
              <li key={dataset.name}>
                <a href={`/api/v1/me/data/${dataset.name}.csv`} download={`${dataset.name}.csv`}>
                  {t(`account.data.datasets.${dataset.name}`, { defaultValue: dataset.name })} ({dataset.name}
                  .csv)
                </a>{" "}
                <span className="meta">{t("account.data.rows", { count: dataset.count })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </AccountSection>
  );
}
