// When each act on an idea is open, and the emoji shown beside each emotion one can react with.
import type { Emotion, Phase } from "../../api/types.ts";

/** The emoji of each emotion, beside its translated name. */
export const emojis: Record<Emotion, string> = {
  love: "❤️",
  inspired: "💡",
  surprised: "😮",
  worried: "😟",
  angry: "😠",
};

/** The phases of the challenge when each act is open, as the server enforces them. */
export const phasesOf = {
  support: ["contributions", "voting"],
  react: ["contributions", "voting", "synthesis"],
  comment: ["contributions", "voting", "synthesis"],
  official: ["contributions", "voting", "synthesis", "debrief"],
} satisfies Record<string, Phase[]>;
