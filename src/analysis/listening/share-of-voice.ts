// Share of voice of each name of a panel (a brand and its competitors) on mentions, reach, engagement and positive voice.

/** One name's totals over the period. */
export interface VoiceTotals {
  name: string;
  mentions: number;
  reach: number;
  engagement: number;
  /** Positive mentions, for the share of positive voice. */
  positive: number;
}

/** One name's shares, each a fraction of the panel's total (the shares of the panel sum to 1), or null when
 * the panel's total is 0. */
export interface VoiceShares {
  name: string;
  mentions: number;
  shareOfVoice: number | null;
  reachShare: number | null;
  engagementShare: number | null;
  positiveShare: number | null;
}

/**
 * Share of voice = a name's total ÷ the panel's total (brand + named competitors), the formula every listening
 * suite uses (Mention's calculator, Talkwalker, Meltwater's SoV widget, Mentionlytics by mentions, reach or
 * engagement). A mention that matches two names counts for both, so the panel total is the sum of the names'
 * totals. The share of positive voice uses positive mentions only.
 */
export function shareOfVoice(panel: readonly VoiceTotals[]): VoiceShares[] {
  let mentions = 0;
  let reach = 0;
  let engagement = 0;
  let positive = 0;
  for (const name of panel) {
    mentions += name.mentions;
    reach += name.reach;
    engagement += name.engagement;
    positive += name.positive;
  }
  const share = (value: number, total: number) => (total > 0 ? value / total : null);
  return panel.map((name) => ({
    name: name.name,
    mentions: name.mentions,
    shareOfVoice: share(name.mentions, mentions),
    reachShare: share(name.reach, reach),
    engagementShare: share(name.engagement, engagement),
    positiveShare: share(name.positive, positive),
  }));
}
