// The emoji shown beside each emotion one can react with (what one may do comes from the server's abilities).
import type { Emotion } from "../../api/types.ts";

/** The emoji of each emotion, beside its translated name. */
export const emojis: Record<Emotion, string> = {
  love: "❤️",
  inspired: "💡",
  surprised: "😮",
  worried: "😟",
  angry: "😠",
};
