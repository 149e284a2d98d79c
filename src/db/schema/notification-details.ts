// What a notification about something other than a challenge says, kept with it as JSON: typed here, per kind.

/** The conditions an alert rule of a listening project watches. */
export const alertKinds = ["volume-spike", "negative-surge", "new-topic", "query-match"] as const;
export type AlertKind = (typeof alertKinds)[number];

/** A listening alert: which rule fired, on which days, and the figures that made it fire. */
export interface ListeningAlertDetails {
  type: "listening-alert";
  ruleId: string;
  ruleName: string;
  alert: AlertKind;
  /** The days looked at, YYYY-MM-DD: `from` inclusive, `to` exclusive. */
  from: string;
  to: string;
  /** Mentions behind the alert: the spike's, the window's, the new topic's or the matching ones. */
  mentions: number;
  /** volume-spike: the mentions expected over the same days. */
  baseline?: number;
  /** negative-surge: net sentiment (−1..1) over the window and over the window of equal length before it. */
  netSentiment?: number;
  previousNetSentiment?: number;
  /** new-topic: its label. */
  topic?: string;
  /** query-match: the query and the beginning of one matching mention (plain text, never HTML). */
  query?: string;
  excerpt?: string;
}

/** A decision of a plan's session whose review date came. */
export interface DecisionReviewDetails {
  type: "decision-review";
  decisionId: string;
  sessionId: string;
  statement: string;
  /** YYYY-MM-DD, in the workspace's time zone. */
  reviewOn: string;
}

export type NotificationDetails = ListeningAlertDetails | DecisionReviewDetails;
