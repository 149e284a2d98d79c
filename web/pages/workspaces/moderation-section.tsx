// The moderators' queue: items held by the word list and flagged items, most flagged first, to release, hide or
// dismiss.
import type { Static } from "@sinclair/typebox";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ModerationQueue } from "../../../src/contracts/moderation.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { moderate } from "../challenges/moderate.ts";
import { ModerationForm } from "../challenges/moderation-form.tsx";

type QueueItem = Static<typeof ModerationQueue>["items"][number];

export function ModerationSection({ workspaceId, refresh }: { workspaceId: string; refresh: number }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<QueueItem[]>();
  const [error, setError] = useState<string>();
  const [hiding, setHiding] = useState<QueueItem>();

  const load = useCallback(async () => {
    try {
      setItems(
        (await client.get("/workspaces/:workspaceId/moderation/queue", { params: { workspaceId } })).items,
      );
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }, [workspaceId]);
  useEffect(() => {
    void refresh;
    void load();
  }, [load, refresh]);

  async function act(action: () => Promise<unknown>) {
    setError(undefined);
    try {
      await action();
      await load();
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }

  return (
    <section aria-labelledby="moderation-title" className="card">
      <h2 id="moderation-title">{t("queue.title")}</h2>
      <p>
        <Link to={`/workspaces/${workspaceId}/moderation/log`}>{t("moderationLog.title")}</Link>
      </p>
      <FormAlert error={error} />
      {items === undefined ? null : items.length === 0 ? (
        <p className="meta">{t("queue.empty")}</p>
      ) : (
        <ul className="moderation-queue">
          {items.map((item) => (
            <li key={item.subjectId} className="card">
              <p>
                <span className="tag">{item.subject === "idea" ? t("queue.idea") : t("queue.comment")}</span>{" "}
                {item.held && <span className="tag">{t("queue.held")}</span>}{" "}
                {item.flagCount > 0 && (
                  <span className="meta">{t("queue.flags", { count: item.flagCount })}</span>
                )}
              </p>
              <p className="prose">{item.text}</p>
              {item.reasons.length > 0 && (
                <ul className="meta">
                  {item.reasons.map((reason, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the same reason can be given twice
                    <li key={index}>{reason}</li>
                  ))}
                </ul>
              )}
              <p>
                <Link to={`/workspaces/${workspaceId}/ideas/${item.ideaId}`}>{t("queue.open")}</Link>
              </p>
              <div className="actions">
                {item.held && (
                  <button
                    type="button"
                    onClick={() =>
                      void act(() =>
                        moderate(workspaceId, { kind: item.subject, id: item.subjectId }, { hidden: false }),
                      )
                    }
                  >
                    {t("queue.release")}
                  </button>
                )}
                <button type="button" className="danger" onClick={() => setHiding(item)}>
                  {t("moderation.hide")}
                </button>
                {!item.held && (
                  <button
                    type="button"
                    onClick={() =>
                      void act(() =>
                        client.delete("/workspaces/:workspaceId/moderation/flags/:subjectId", {
                          params: { workspaceId, subjectId: item.subjectId },
                        }),
                      )
                    }
                  >
                    {t("queue.dismiss")}
                  </button>
                )}
              </div>
              {hiding?.subjectId === item.subjectId && (
                <ModerationForm
                  workspaceId={workspaceId}
                  ideaId={item.ideaId}
                  target={{ kind: item.subject, id: item.subjectId, hidden: false }}
                  onDone={() => {
                    setHiding(undefined);
                    void load();
                  }}
                  onCancel={() => setHiding(undefined)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
