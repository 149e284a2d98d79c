// A challenge open to the public, by its link: anyone reads the brief, then joins to take part.
import type { Static } from "@sinclair/typebox";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { PublicChallengeResponse } from "../../../src/contracts/challenges.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { useSession } from "../../api/session.tsx";
import { client } from "../../api/typed-client.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { JoinChoices } from "../../components/join-choices.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { currentLocale } from "../../i18n/i18n.ts";
import { ChallengeBrief } from "./challenge-brief.tsx";
import { PhaseBadge } from "./challenge-page.tsx";
import { Countdown } from "./countdown.tsx";

type PublicChallenge = Static<typeof PublicChallengeResponse>;

export function PublicChallengePage() {
  const { t } = useTranslation();
  const { challengeId = "" } = useParams();
  const { user, signedIn } = useSession();
  const navigate = useNavigate();
  const [found, setFound] = useState<PublicChallenge>();
  const [error, setError] = useState<string>();
  const [joinError, setJoinError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    void tick;
    client
      .get("/public/challenges/:challengeId", { params: { challengeId } })
      .then(setFound, (failure: unknown) => setError(formErrorsOf(failure, []).form));
  }, [challengeId, tick]);

  async function join(anonymously: boolean) {
    setJoinError(undefined);
    setBusy(true);
    try {
      if (anonymously) {
        const created = await client.post("/auth/anonymous", { body: { locale: currentLocale() } });
        await signedIn(created.user);
      }
      const result = await client.post("/public/challenges/:challengeId/join", { params: { challengeId } });
      navigate(`/workspaces/${result.workspace.id}/challenges/${challengeId}`, { replace: true });
    } catch (failure) {
      setJoinError(formErrorsOf(failure, []).form);
      setBusy(false);
    }
  }

  if (error) {
    return (
      <section className="narrow card">
        <PageTitle text={t("app.notFound")} />
        <FormAlert error={error} />
      </section>
    );
  }
  if (!found || user === undefined) return <Loading />;
  const { challenge, workspace } = found;
  const here = `/public/challenges/${challengeId}`;

  return (
    <div className="stack">
      <div className="page-head">
        <PageTitle text={challenge.title} />
        <p className="meta">
          {t("publicChallenge.by", { name: workspace.name })} <PhaseBadge challenge={challenge} />
        </p>
      </div>
      <Countdown nextDeadline={challenge.nextDeadline} onReached={() => setTick((n) => n + 1)} />
      {challenge.debrief?.publishedAt && (
        <p className="alert alert-info">
          <Link to={`${here}/debrief`}>{t("weDid.readPublic")}</Link>
        </p>
      )}
      <section aria-labelledby="take-part-title" className="card">
        <h2 id="take-part-title">{t("publicChallenge.takePart")}</h2>
        <FormAlert error={joinError} />
        {user ? (
          <>
            <p>{t("join.signedInAs", { name: user.name })}</p>
            <button type="button" className="primary" onClick={() => void join(false)} disabled={busy}>
              {t("publicChallenge.join")}
            </button>
          </>
        ) : (
          <JoinChoices
            here={here}
            intro={t("publicChallenge.needAccount")}
            allowAnonymous={challenge.allowAnonymous}
            busy={busy}
            onAnonymous={() => void join(true)}
          />
        )}
      </section>
      <ChallengeBrief challenge={challenge} />
    </div>
  );
}
