// What the person asking may do on a challenge or an idea now, computed by the server from the rules it enforces.
import { Type } from "@sinclair/typebox";

const flag = (description: string) => Type.Boolean({ description });

export const ChallengeAbilities = Type.Object(
  {
    submit: flag("Propose an idea"),
    support: flag("Support ideas"),
    react: flag("React to ideas"),
    comment: flag("Comment on ideas (officially, for managers)"),
    follow: flag("Follow ideas"),
    vote: flag("Vote on the conversation's statements"),
    proposeStatement: flag("Propose a statement to the conversation"),
    manage: flag(
      "Open the console: brief, timeline, phases, pause, archive, duplicate, delete, synthesis, debrief",
    ),
    moderate: flag("Hide and restore ideas and comments"),
    judge: flag("Score a contest's finalists"),
  },
  { description: "What the person asking may do on this challenge now (all false for a visitor)" },
);

export const IdeaAbilities = Type.Object(
  {
    support: flag("Support it, or take the support back"),
    react: flag("React to it"),
    comment: flag("Comment on it"),
    follow: flag("Follow it"),
    edit: flag("Edit it (its author, while contributions are open)"),
    withdraw: flag("Withdraw it (its author, while contributions are open)"),
    moderate: flag("Hide or restore it"),
    setOutcome: flag("Say what becomes of it"),
    award: flag("Award it a distinction (contests)"),
    flag: flag("Report it to the moderators"),
  },
  { description: "What the person asking may do on this idea now (all false for a visitor)" },
);
