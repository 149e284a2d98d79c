// A chart's text alternative: its figures as a table, each row's first cell opening the verbatims behind it.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { MentionFilter } from "./listening-api.ts";
import { ScrollRegion } from "./scroll-region.tsx";

export interface FigureRow {
  key: string;
  label: string;
  cells: ReactNode[];
  /** The verbatims behind this row; none when the figure has no mentions to show. */
  filter?: MentionFilter | undefined;
}

export function FigureTable({
  caption,
  columns,
  rows,
  onOpen,
}: {
  caption: string;
  columns: string[];
  rows: FigureRow[];
  onOpen: (filter: MentionFilter, label: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <ScrollRegion label={caption}>
      <table className="ranking-table figures">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                {row.filter ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t("listening.openVerbatims", { what: row.label })}
                    onClick={() => row.filter && onOpen(row.filter, row.label)}
                  >
                    {row.label}
                  </button>
                ) : (
                  row.label
                )}
              </th>
              {row.cells.map((cell, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the cells of a row are fixed columns
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
