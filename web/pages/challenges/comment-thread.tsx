// An idea's conversation: comments with their replies, official answers marked, and the forms to write.

import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { client, type IdeaRef } from "../../api/typed-client.ts";
import type { CommentData } from "../../api/types.ts";
import { FormAlert, TextAreaField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";
import { FlagButton } from "./flag-form.tsx";
import { formatDateTime } from "./format.ts";

const fields = ["body"] as const;

export function CommentForm({
  ideaRef,
  parent,
  official,
  onPosted,
  onCancel,
}: {
  ideaRef: IdeaRef;
  parent?: CommentData;
  /** The viewer's comments are official answers (a manager of the challenge). */
  official: boolean;
  onPosted: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState("");
  const form = useForm(fields, ["body"], () => ({ body }));
  const idPrefix = parent ? `reply-${parent.id}` : "comment";
  const replying = parent !== undefined;

  useEffect(() => {
    // A reply form opens where its button was: focus goes to it at once.
    if (replying) form.formRef.current?.querySelector("textarea")?.focus();
  }, [replying, form.formRef]);

  const submit = form.handle(async () => {
    await client.post("/workspaces/:workspaceId/ideas/:ideaId/comments", {
      params: ideaRef,
      body: { body: body.trim(), parentId: parent?.id ?? null },
    });
    setBody("");
    onPosted();
  });

  const label = parent
    ? t("comments.replyTo", { name: parent.author.name })
    : official
      ? t("comments.officialLabel")
      : t("comments.label");
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate className="comment-form">
      <FormAlert error={form.errors.form} />
      <TextAreaField
        idPrefix={idPrefix}
        name="body"
        label={label}
        hint={official ? t("comments.officialHint") : undefined}
        value={body}
        onValue={setBody}
        error={form.errors.fields.body}
        maxLength={5000}
        rows={parent ? 2 : 3}
        required
      />
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {official ? t("comments.submitOfficial") : t("comments.submit")}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t("comments.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}

interface ThreadProps {
  comments: readonly CommentData[];
  ideaRef: IdeaRef;
  official: boolean;
  canComment: boolean;
  onPosted: () => void;
  /** Moderation of one comment, when the viewer moderates. */
  onModerate?: ((comment: CommentData) => void) | undefined;
}

function CommentItem({ comment, ...props }: ThreadProps & { comment: CommentData }) {
  const { t, i18n } = useTranslation();
  const [replying, setReplying] = useState(false);
  const replyButton = useRef<HTMLButtonElement>(null);
  /** Closes the reply form and puts focus back on the button that opened it, so the keyboard keeps its place. */
  const closeReply = () => {
    setReplying(false);
    requestAnimationFrame(() => replyButton.current?.focus());
  };
  const children = props.comments.filter((c) => c.parentId === comment.id);
  return (
    <li className={comment.official ? "comment official" : "comment"}>
      <article aria-labelledby={`comment-${comment.id}-by`}>
        <p className="comment-head">
          <span id={`comment-${comment.id}-by`} className="comment-author">
            {comment.author.name}
          </span>
          {comment.official && <span className="badge official">{t("comments.officialBadge")}</span>}
          <span className="meta">
            <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, i18n.language)}</time>
          </span>
        </p>
        {comment.held ? (
          <p className="alert alert-info">{t("moderation.held")}</p>
        ) : (
          comment.hidden && (
            <p className="alert alert-info">{t("comments.hidden", { reason: comment.hidden.reason })}</p>
          )
        )}
        {comment.body && <p className="prose">{comment.body}</p>}
        <div className="comment-actions">
          {props.canComment && !replying && (
            <button ref={replyButton} type="button" className="link-button" onClick={() => setReplying(true)}>
              {t("comments.reply")}
              <span className="visually-hidden"> {t("comments.toName", { name: comment.author.name })}</span>
            </button>
          )}
          {!comment.hidden && (
            <FlagButton
              target={{ workspaceId: props.ideaRef.workspaceId, kind: "comment", id: comment.id }}
              label={t("comments.toName", { name: comment.author.name })}
              idPrefix={`flag-${comment.id}`}
            />
          )}
          {props.onModerate && (
            <button type="button" className="link-button" onClick={() => props.onModerate?.(comment)}>
              {comment.held
                ? t("moderation.release")
                : comment.hidden
                  ? t("moderation.restore")
                  : t("moderation.hide")}
              <span className="visually-hidden"> {t("comments.toName", { name: comment.author.name })}</span>
            </button>
          )}
        </div>
        {replying && (
          <CommentForm
            ideaRef={props.ideaRef}
            parent={comment}
            official={props.official}
            onPosted={() => {
              closeReply();
              props.onPosted();
            }}
            onCancel={closeReply}
          />
        )}
      </article>
      {children.length > 0 && (
        <ul className="comment-list replies">
          {children.map((child) => (
            <CommentItem key={child.id} {...props} comment={child} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function CommentThread(props: ThreadProps) {
  const { t } = useTranslation();
  const ids = new Set(props.comments.map((c) => c.id));
  // A reply whose parent is not in the thread shows at the top level rather than disappearing.
  const roots = props.comments.filter((c) => c.parentId === null || !ids.has(c.parentId));
  return (
    <section aria-labelledby="comments-title" className="card">
      <h2 id="comments-title">{t("comments.title", { count: props.comments.length })}</h2>
      {roots.length === 0 ? (
        <p>{t("comments.none")}</p>
      ) : (
        <ul className="comment-list">
          {roots.map((comment) => (
            <CommentItem key={comment.id} {...props} comment={comment} />
          ))}
        </ul>
      )}
      {props.canComment ? (
        <CommentForm ideaRef={props.ideaRef} official={props.official} onPosted={props.onPosted} />
      ) : (
        <p className="meta">{t("comments.closed")}</p>
      )}
    </section>
  );
}
