// A challenge open to the public, by its link: anyone reads the brief and the ideas, and joins to take part.
import type { Static } from "@sinclair/typebox";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { PublicChallengeResponse } from "../../../src/contracts/challenges.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { useSession } from "../../api/session.tsx";
import { client } from "../../api/typed-client.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { JoinPrompt } from "../public/join-prompt.tsx";
import { PublicIdeas, stillOpen } from "../public/public-ideas.tsx";
import { ChallengeBrief } from "./challenge-brief.tsx";
import { PhaseBadge } from "./challenge-page.tsx";
import { Countdown } from "./countdown.tsx";

type PublicChallenge = Static<typeof PublicChallengeResponse>;

export function PublicChallengePage() {
  const { t } = useTranslation();
  const { challengeId = "" } = useParams();
  const [found, setFound] = useState<PublicChallenge>();
  const [error, setError] = useState<string>();
  const [tick, setTick] = useState(0);
  const [asking, setAsking] = useState(false);
  const { user } = useSession();

  useEffect(() => {
    void tick;
    client
      .get("/public/challenges/:challengeId", { params: { challengeId } })
      .then(setFound, (failure: unknown) => setError(formErrorsOf(failure, []).form));
  }, [challengeId, tick]);

  if (error) {
    return (
      <section className="narrow card">
        <PageTitle text={t("app.notFound")} />
        <FormAlert error={error} />
      </section>
    );
  }
  if (!found) return <Loading />;
  const { challenge, workspace } = found;
  const here = `/public/challenges/${challengeId}`;
  const open = stillOpen(challenge) || challenge.phase === "announcement";

  return (
    <div className="stack">
      <div className="page-head">
        <PageTitle text={challenge.title} />
        <p className="meta">
          <Link to={`/w/${workspace.id}`}>{t("publicChallenge.by", { name: workspace.name })}</Link>{" "}
          <PhaseBadge challenge={challenge} />
        </p>
      </div>
      <Countdown nextDeadline={challenge.nextDeadline} onReached={() => setTick((n) => n + 1)} />
      {challenge.debrief?.publishedAt && (
        <p className="alert alert-info">
          <Link to={`${here}/debrief`}>{t("weDid.readPublic")}</Link>
        </p>
      )}
      {open ? (
        <section aria-labelledby="take-part-title" className="card">
          <h2 id="take-part-title">{t("publicChallenge.takePart")}</h2>
          {/* A visitor is asked to join once they act; someone signed in joins in one click. */}
          {asking || user ? (
            <JoinPrompt
              challengeId={challengeId}
              allowAnonymous={challenge.allowAnonymous}
              intro={t("publicChallenge.needAccount")}
              here={here}
            />
          ) : (
            <button type="button" className="primary" onClick={() => setAsking(true)}>
              {challenge.phase === "contributions" ? t("publicChallenge.propose") : t("publicChallenge.join")}
            </button>
          )}
        </section>
      ) : (
        <p className="alert alert-info">{t("publicChallenge.closed")}</p>
      )}
      <PublicIdeas challenge={challenge} refresh={tick} />
      <ChallengeBrief challenge={challenge} />
    </div>
  );
}
