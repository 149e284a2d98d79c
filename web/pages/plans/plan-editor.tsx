// The live plan: the outline (add, move, rename, remove), who is here, and one editor per section.
import { type FormEvent, useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { FormAlert, TextField } from "../../components/form-field.tsx";
import { Loading } from "../../components/page.tsx";
import { CommentsPanel, type PlanCommentData } from "./comments-panel.tsx";
import {
  addSection,
  moveSection,
  type OutlineSection,
  outlineOf,
  removeSection,
  renameSection,
} from "./plan-outline.ts";
import type { PlanSectionData } from "./plan-types.ts";
import { type Editor, SectionEditor } from "./section-editor.tsx";
import { usePlanDocument } from "./use-plan-document.ts";

const palette = ["#b3261e", "#1d6b3a", "#0b57d0", "#7d3c98", "#a35200", "#00697a"];
/** A stable colour per person, from their name. */
function colorOf(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return palette[hash % palette.length] ?? "#0b57d0";
}

export function PlanEditor({
  workspaceId,
  planId,
  userName,
  canValidate,
  validations,
  onEdited,
}: {
  workspaceId: string;
  planId: string;
  userName: string;
  canValidate: boolean;
  /** The readable copy's sections with their validation, refreshed by `onEdited`. */
  validations: Map<string, PlanSectionData["validation"]>;
  onEdited: () => void;
}) {
  const { t, i18n } = useTranslation();
  const plan = usePlanDocument(workspaceId, planId);
  const [sections, setSections] = useState<OutlineSection[]>([]);
  const [present, setPresent] = useState<string[]>([]);
  const [newTitle, setNewTitle] = useState("");
  const [renaming, setRenaming] = useState<{ id: string; title: string }>();
  const [error, setError] = useState<string>();
  // On a phone the outline starts folded, so the text comes first.
  const [wide] = useState(() => window.matchMedia("(min-width: 60rem)").matches);
  const [comments, setComments] = useState<PlanCommentData[]>([]);
  const commentsPath = `/workspaces/${workspaceId}/plans/${planId}/comments`;
  const loadComments = useCallback(() => {
    api
      .get<{ comments: PlanCommentData[] }>(commentsPath)
      .then((result) => setComments(result.comments))
      .catch(() => {});
  }, [commentsPath]);
  // Comments reload with the readable copy (after edits settle) as well as after one's own acts.
  useEffect(() => {
    void validations;
    loadComments();
  }, [loadComments, validations]);
  const user: Editor = useMemo(() => ({ name: userName, color: colorOf(userName) }), [userName]);

  useEffect(() => {
    if (!plan) return;
    const { doc, provider } = plan;
    const refresh = () => setSections(outlineOf(doc));
    refresh();
    doc.on("update", refresh);
    let edited: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(edited);
      edited = setTimeout(onEdited, 2000);
    };
    doc.on("update", later);
    const people = () =>
      setPresent(
        [...provider.awareness.getStates().entries()]
          .filter(([id]) => id !== doc.clientID)
          .map(([, state]) => String((state as { user?: { name?: string } }).user?.name ?? ""))
          .filter(Boolean),
      );
    provider.awareness.setLocalStateField("user", user);
    provider.awareness.on("change", people);
    return () => {
      clearTimeout(edited);
      doc.off("update", refresh);
      doc.off("update", later);
      provider.awareness.off("change", people);
    };
  }, [plan, user, onEdited]);

  if (!plan) return <Loading />;
  const { doc, provider, status } = plan;
  const editable = status !== "refused";

  function add(event: FormEvent) {
    event.preventDefault();
    if (!newTitle.trim()) return;
    const id = addSection(doc, newTitle.trim());
    setNewTitle("");
    requestAnimationFrame(() => document.getElementById(`section-${id}`)?.focus());
  }

  async function validate(sectionId: string, validated: boolean) {
    setError(undefined);
    try {
      const path = `/workspaces/${workspaceId}/plans/${planId}/sections/${sectionId}/validation`;
      if (validated) await api.put(path, {});
      else await api.delete(path);
      onEdited();
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }

  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="plan-layout">
      <aside className="plan-outline card" aria-labelledby="outline-title">
        <p role="status" className={`plan-status plan-status-${status}`}>
          {t(`plans.status.${status}`)}
          {present.length > 0 && ` · ${t("plans.present", { names: present.join(", ") })}`}
        </p>
        <details open={wide}>
          <summary>
            <h2 id="outline-title">{t("plans.outline")}</h2>
          </summary>
          <ol className="plan-outline-list">
            {sections.map((section, i) => (
              <li key={section.id}>
                {renaming?.id === section.id ? (
                  <form
                    onSubmit={(event) => {
                      event.preventDefault();
                      if (renaming.title.trim()) renameSection(doc, section.id, renaming.title.trim());
                      setRenaming(undefined);
                    }}
                  >
                    <TextField
                      idPrefix={`rename-${section.id}`}
                      name="title"
                      label={t("plans.sectionTitle")}
                      value={renaming.title}
                      onValue={(title) => setRenaming({ id: section.id, title })}
                    />
                    <button type="submit" className="button">
                      {t("plans.save")}
                    </button>
                  </form>
                ) : (
                  <a href={`#section-${section.id}`}>{section.title || t("plans.untitled")}</a>
                )}
                {editable && (
                  <span className="plan-outline-actions">
                    <button
                      type="button"
                      disabled={i === 0}
                      onClick={() => moveSection(doc, section.id, -1)}
                      aria-label={t("plans.moveUp", { title: section.title })}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      disabled={i === sections.length - 1}
                      onClick={() => moveSection(doc, section.id, 1)}
                      aria-label={t("plans.moveDown", { title: section.title })}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      onClick={() => setRenaming({ id: section.id, title: section.title })}
                      aria-label={t("plans.rename", { title: section.title })}
                    >
                      ✎
                    </button>
                    <button
                      type="button"
                      onClick={() => {
                        if (window.confirm(t("plans.removeConfirm", { title: section.title })))
                          removeSection(doc, section.id);
                      }}
                      aria-label={t("plans.remove", { title: section.title })}
                    >
                      ✕
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ol>
          {editable && (
            <form onSubmit={add} className="plan-add-section">
              <TextField
                idPrefix="new-section"
                name="title"
                label={t("plans.newSection")}
                value={newTitle}
                onValue={setNewTitle}
              />
              <button type="submit" className="button">
                {t("plans.addSection")}
              </button>
            </form>
          )}
        </details>
      </aside>
      <div className="plan-sections">
        <FormAlert error={error} />
        {sections.map((section) => {
          const validation = validations.get(section.id);
          return (
            <section
              key={section.id}
              id={`section-${section.id}`}
              tabIndex={-1}
              className="card plan-section"
              aria-labelledby={`title-${section.id}`}
            >
              <h2 id={`title-${section.id}`}>{section.title || t("plans.untitled")}</h2>
              <div className="plan-validation">
                {validation ? (
                  <p className={validation.changedSince ? "plan-changed" : "plan-validated"}>
                    {validation.changedSince
                      ? t("plans.changedSince", { date: dateFormat.format(new Date(validation.at)) })
                      : t("plans.validatedOn", { date: dateFormat.format(new Date(validation.at)) })}
                  </p>
                ) : null}
                {canValidate && (
                  <button
                    type="button"
                    className="button"
                    onClick={() => validate(section.id, !validation || validation.changedSince)}
                  >
                    {!validation || validation.changedSince ? t("plans.validate") : t("plans.unvalidate")}
                  </button>
                )}
              </div>
              <SectionEditor
                doc={doc}
                provider={provider}
                sectionId={section.id}
                title={section.title}
                user={user}
                editable={editable}
                onImage={async (file) => {
                  const bytes = new Uint8Array(await file.arrayBuffer());
                  let binary = "";
                  for (const byte of bytes) binary += String.fromCharCode(byte);
                  const posted = await api.post<{ image: { url: string } }>(
                    `/workspaces/${workspaceId}/plans/${planId}/images`,
                    { mediaType: file.type, data: btoa(binary) },
                  );
                  return posted.image.url;
                }}
                onComment={async (quote, body) => {
                  const posted = await api.post<{ comment: PlanCommentData }>(commentsPath, {
                    sectionId: section.id,
                    quote,
                    body,
                  });
                  loadComments();
                  return posted.comment.id;
                }}
              />
              <CommentsPanel
                comments={comments.filter((c) => c.sectionId === section.id)}
                onReply={async (parentId, body) => {
                  await api.post(commentsPath, { sectionId: section.id, parentId, body });
                  loadComments();
                }}
                onResolve={async (threadId, resolved) => {
                  await api.put(`${commentsPath}/${threadId}/resolution`, { resolved });
                  loadComments();
                }}
              />
            </section>
          );
        })}
      </div>
    </div>
  );
}
