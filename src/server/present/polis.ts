// A conversation's export → Pol.is's two CSV files.
import type { ConversationExport } from "../../domain/conversations/export-conversation.ts";
import { polisCommentsCsv, polisVotesCsvChunks } from "../../io/export/polis-export.ts";

/** comments.csv or votes.csv of the conversation, as Pol.is writes them. */
export function polisFile(conversation: ConversationExport, file: "comments.csv" | "votes.csv"): string {
  return file === "comments.csv"
    ? polisCommentsCsv(conversation.votes, conversation.comments)
    : [...polisVotesCsvChunks(conversation.votes)].join("");
}
