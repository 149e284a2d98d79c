// One section's rich text: a Tiptap editor bound to the section's Yjs fragment, with every editor's caret and name.
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import Image from "@tiptap/extension-image";
import { TableKit } from "@tiptap/extension-table";
import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { bodyName, type StructuredBlock } from "../../../src/contracts/plan-document.ts";
import { TextAreaField } from "../../components/form-field.tsx";
import { CommentMark } from "./comment-mark.ts";
import { structuredBlockNodes } from "./structured-blocks.tsx";

export interface Editor {
  name: string;
  color: string;
}

export function SectionEditor({
  doc,
  provider,
  sectionId,
  title,
  user,
  editable,
  onComment,
  onImage,
}: {
  doc: Y.Doc;
  provider: WebsocketProvider;
  sectionId: string;
  title: string;
  user: Editor;
  editable: boolean;
  /** Posts a comment on the quoted passage; resolves with the thread's id to anchor. */
  onComment: (quote: string, body: string) => Promise<string>;
  /** Uploads an image file into the plan; resolves with its address. */
  onImage: (file: File) => Promise<string>;
}) {
  const { t } = useTranslation();
  const [commenting, setCommenting] = useState<{ from: number; to: number; quote: string }>();
  const [commentBody, setCommentBody] = useState("");
  const editor = useEditor(
    {
      editable,
      extensions: [
        // Yjs keeps the history: each person undoes only their own edits.
        StarterKit.configure({
          undoRedo: false,
          link: { openOnClick: false, protocols: ["https", "http", "mailto"] },
        }),
        TableKit.configure({ table: { resizable: false } }),
        ...structuredBlockNodes,
        CommentMark,
        Image,
        Collaboration.configure({ fragment: doc.getXmlFragment(bodyName(sectionId)) }),
        CollaborationCaret.configure({ provider, user }),
      ],
      editorProps: {
        attributes: {
          "aria-label": t("plans.editorLabel", { title }),
          "aria-multiline": "true",
          role: "textbox",
          class: "plan-editor-text",
        },
      },
    },
    [sectionId, editable],
  );
  if (!editor) return null;

  const insertBlock = (type: StructuredBlock) => editor.chain().focus().insertContent({ type }).run();
  const addLink = () => {
    const href = window.prompt(t("plans.linkPrompt"));
    if (href && /^(https?:|mailto:)/i.test(href.trim())) {
      editor.chain().focus().extendMarkRange("link").setLink({ href: href.trim() }).run();
    }
  };
  const startComment = () => {
    const { from, to } = editor.state.selection;
    if (from === to) return;
    setCommenting({ from, to, quote: editor.state.doc.textBetween(from, to, " ") });
  };
  async function comment(event: FormEvent) {
    event.preventDefault();
    if (!commenting || !commentBody.trim()) return;
    const commentId = await onComment(commenting.quote, commentBody);
    editor
      ?.chain()
      .setTextSelection({ from: commenting.from, to: commenting.to })
      .setMark("comment", { commentId })
      .run();
    setCommenting(undefined);
    setCommentBody("");
  }
  return (
    <div className="plan-section-editor">
      {editable && (
        <div className="plan-toolbar" role="toolbar" aria-label={t("plans.toolbar", { title })}>
          <button type="button" onClick={() => editor.chain().focus().toggleHeading({ level: 3 }).run()}>
            {t("plans.tools.heading")}
          </button>
          <button type="button" onClick={() => editor.chain().focus().toggleBold().run()}>
            {t("plans.tools.bold")}
          </button>
          <button type="button" onClick={() => editor.chain().focus().toggleBulletList().run()}>
            {t("plans.tools.bulletList")}
          </button>
          <button type="button" onClick={() => editor.chain().focus().toggleOrderedList().run()}>
            {t("plans.tools.orderedList")}
          </button>
          <button type="button" onClick={addLink}>
            {t("plans.tools.link")}
          </button>
          <button
            type="button"
            onClick={() =>
              editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()
            }
          >
            {t("plans.tools.table")}
          </button>
          <button type="button" onClick={() => insertBlock("objective")}>
            {t("plans.blocks.objective")}
          </button>
          <button type="button" onClick={() => insertBlock("budgetLine")}>
            {t("plans.blocks.budgetLine")}
          </button>
          <button type="button" onClick={() => insertBlock("actionItem")}>
            {t("plans.blocks.actionItem")}
          </button>
          <label className="plan-image-button">
            {t("plans.tools.image")}
            <input
              type="file"
              accept="image/png,image/jpeg,image/webp,image/gif"
              onChange={async (event) => {
                const file = event.target.files?.[0];
                event.target.value = "";
                if (file)
                  editor
                    .chain()
                    .focus()
                    .setImage({ src: await onImage(file), alt: file.name })
                    .run();
              }}
            />
          </label>
          <button type="button" onClick={startComment}>
            {t("plans.comments.comment")}
          </button>
        </div>
      )}
      {commenting && (
        <form onSubmit={comment} className="plan-comment-form">
          <blockquote>{commenting.quote}</blockquote>
          <TextAreaField
            idPrefix={`comment-${sectionId}`}
            name="body"
            label={t("plans.comments.new")}
            value={commentBody}
            onValue={setCommentBody}
            rows={2}
          />
          <button type="submit" className="button primary">
            {t("plans.comments.send")}
          </button>
          <button type="button" className="button" onClick={() => setCommenting(undefined)}>
            {t("plans.comments.cancel")}
          </button>
        </form>
      )}
      <EditorContent editor={editor} />
    </div>
  );
}
