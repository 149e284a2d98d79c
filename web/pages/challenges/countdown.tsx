// The countdown to a challenge's next deadline: a sentence to the minute, read out when it changes.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ChallengeData } from "../../api/types.ts";
import { formatDateTime } from "./format.ts";
import { spokenParts, timeLeft } from "./time.ts";

/**
 * Says how long is left before `nextDeadline`, and when. The sentence has minute precision, so the polite live
 * region that holds it changes at most once a minute; `onReached` runs once the deadline passes (to reload the
 * phase from the server, which decides it).
 */
export function Countdown({
  nextDeadline,
  onReached,
}: {
  nextDeadline: ChallengeData["nextDeadline"];
  onReached: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  const reached = useRef(onReached);
  reached.current = onReached;
  const deadline = nextDeadline ? new Date(nextDeadline.at).getTime() : undefined;

  useEffect(() => {
    if (deadline === undefined) return;
    // Wake at each minute boundary before the deadline, and once just after it.
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      const remaining = deadline - current;
      if (remaining <= 0) {
        reached.current();
        return;
      }
      timer = setTimeout(tick, Math.min(remaining % 60_000 || 60_000, remaining) + 50);
    };
    tick();
    return () => clearTimeout(timer);
  }, [deadline]);

  if (!nextDeadline || deadline === undefined) return null;
  const left = timeLeft(deadline, now);
  const what = t(`countdown.${nextDeadline.field}`);
  const sentence = left
    ? t("countdown.in", {
        what,
        left: spokenParts(left)
          .map((part) => t(`duration.${part.unit}`, { count: part.count }))
          .join(t("duration.and")),
      })
    : t("countdown.reached", { what });
  return (
    <div className="countdown">
      <p aria-live="polite" aria-atomic="true" className="countdown-left">
        {sentence}
      </p>
      <p className="meta">{t("countdown.on", { date: formatDateTime(nextDeadline.at, i18n.language) })}</p>
    </div>
  );
}
