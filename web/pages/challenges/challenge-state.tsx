// Tells readers that a challenge is paused or archived: why their acts are closed, before they try.
import { useTranslation } from "react-i18next";
import type { ChallengeData } from "../../api/types.ts";
import { formatDateTime } from "./format.ts";

export function ChallengeState({ challenge }: { challenge: ChallengeData }) {
  const { t, i18n } = useTranslation();
  if (challenge.archivedAt) {
    return (
      <p className="alert alert-info challenge-state">
        {t("challengeState.archived", { date: formatDateTime(challenge.archivedAt, i18n.language) })}
      </p>
    );
  }
  if (challenge.pausedAt) {
    return (
      <p className="alert alert-info challenge-state">
        {t("challengeState.paused", { date: formatDateTime(challenge.pausedAt, i18n.language) })}
      </p>
    );
  }
  return null;
}
