// The mark that anchors a comment thread on a passage: it carries the thread's id and travels with the text.
import { Mark, mergeAttributes } from "@tiptap/core";

export const CommentMark = Mark.create({
  name: "comment",
  // Several threads may cover the same words.
  excludes: "",
  inclusive: false,
  addAttributes() {
    return { commentId: { default: null } };
  },
  parseHTML() {
    return [{ tag: "span[data-comment-id]" }];
  },
  renderHTML({ HTMLAttributes }) {
    const { commentId, ...rest } = HTMLAttributes as { commentId?: string };
    return ["span", mergeAttributes(rest, { class: "plan-comment", "data-comment-id": commentId ?? "" }), 0];
  },
});
