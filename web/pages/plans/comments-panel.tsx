// A section's comment threads: the passage quoted, the comment and its replies; reply, resolve or reopen.

import type { Static } from "@sinclair/typebox";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlanComment } from "../../../src/contracts/plans.ts";
import { TextAreaField } from "../../components/form-field.tsx";

export type PlanCommentData = Static<typeof PlanComment>;

export function CommentsPanel({
  comments,
  onReply,
  onResolve,
}: {
  /** The section's comments, threads and replies, oldest first. */
  comments: PlanCommentData[];
  onReply: (threadId: string, body: string) => Promise<void>;
  onResolve: (threadId: string, resolved: boolean) => Promise<void>;
}) {
  const { t } = useTranslation();
  const threads = comments.filter((c) => c.parentId === null);
  if (threads.length === 0) return null;
  const open = threads.filter((c) => !c.resolvedAt);
  const resolved = threads.filter((c) => c.resolvedAt);
  const thread = (first: PlanCommentData) => (
    <li key={first.id} className="plan-thread" data-comment-thread={first.id}>
      {first.quote && <blockquote>{first.quote}</blockquote>}
      {[first, ...comments.filter((c) => c.parentId === first.id)].map((comment) => (
        <p key={comment.id}>
          <strong>{comment.author ?? t("plans.comments.someone")}</strong> : {comment.body}
        </p>
      ))}
      <ReplyForm threadId={first.id} onReply={onReply} />
      <button type="button" className="button" onClick={() => onResolve(first.id, !first.resolvedAt)}>
        {first.resolvedAt ? t("plans.comments.reopen") : t("plans.comments.resolve")}
      </button>
    </li>
  );
  return (
    <div className="plan-comments">
      {open.length > 0 && (
        <>
          <h3>{t("plans.comments.title", { count: open.length })}</h3>
          <ul>{open.map(thread)}</ul>
        </>
      )}
      {resolved.length > 0 && (
        <details>
          <summary>{t("plans.comments.resolved", { count: resolved.length })}</summary>
          <ul>{resolved.map(thread)}</ul>
        </details>
      )}
    </div>
  );
}

function ReplyForm({
  threadId,
  onReply,
}: {
  threadId: string;
  onReply: (threadId: string, body: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState("");
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) return;
    await onReply(threadId, body);
    setBody("");
  }
  return (
    <form onSubmit={submit} className="plan-reply">
      <TextAreaField
        idPrefix={`reply-${threadId}`}
        name="body"
        label={t("plans.comments.reply")}
        value={body}
        onValue={setBody}
        rows={2}
      />
      <button type="submit" className="button">
        {t("plans.comments.send")}
      </button>
    </form>
  );
}
