// The pages where managers create a challenge and edit it, and the form that extends a deadline.
import type { Static } from "@sinclair/typebox";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { CreateChallengeBody } from "../../../src/contracts/challenges.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import type { ChallengeData } from "../../api/types.ts";
import { FormAlert, SelectField, StatusMessage, TextField } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { useForm } from "../../components/use-form.ts";
import { CriteriaForm } from "../contest/criteria-form.tsx";
import { useContest } from "../contest/use-contest.ts";
import { type ChallengeBody, ChallengeForm } from "./challenge-form.tsx";
import { formatDateTime } from "./format.ts";
import { fromLocalInput, toLocalInput } from "./time.ts";

export function NewChallengePage() {
  const { t } = useTranslation();
  const { workspaceId = "" } = useParams();
  const navigate = useNavigate();

  async function create(body: ChallengeBody) {
    // A new challenge's dates are never locked: the form sends its whole timeline and its status.
    const created = await client.post("/workspaces/:workspaceId/challenges", {
      params: { workspaceId },
      body: body as Static<typeof CreateChallengeBody>,
    });
    const path = `/workspaces/${workspaceId}/challenges/${created.challenge.id}`;
    // A contest goes on to its jury's criteria, the contest part of the brief, on the edit page.
    navigate(created.challenge.contest ? `${path}/edit` : path);
  }

  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to={`/workspaces/${workspaceId}`}>{t("challenges.backToWorkspace")}</Link>
      </p>
      <PageTitle text={t("challengeForm.newTitle")} />
      <p className="lead">{t("challengeForm.intro")}</p>
      <ChallengeForm onSubmit={create} submitLabel={t("challengeForm.create")} />
    </div>
  );
}

type Deadline = "contributionsCloseAt" | "votingCloseAt" | "synthesisCloseAt";
const deadlines: readonly Deadline[] = ["contributionsCloseAt", "votingCloseAt", "synthesisCloseAt"];
const extendFields = ["deadline", "until"] as const;

/** Gives participants more time: a deadline only moves later. */
function ExtendDeadlineForm({
  challenge,
  workspaceId,
  onExtended,
}: {
  challenge: ChallengeData;
  workspaceId: string;
  onExtended: (challenge: ChallengeData) => void;
}) {
  const { t, i18n } = useTranslation();
  const [deadline, setDeadline] = useState<Deadline>("contributionsCloseAt");
  const [until, setUntil] = useState(() => toLocalInput(challenge.timeline.contributionsCloseAt));
  const [done, setDone] = useState<string>();
  const form = useForm(extendFields, ["until"], () => ({ until }));

  const submit = form.handle(async () => {
    setDone(undefined);
    const result = await client.post("/workspaces/:workspaceId/challenges/:challengeId/deadline-extensions", {
      params: { workspaceId, challengeId: challenge.id },
      body: { deadline, until: fromLocalInput(until) ?? until },
    });
    onExtended(result.challenge);
    setDone(
      t("extend.done", {
        deadline: t(`timeline.${deadline}`),
        date: formatDateTime(result.challenge.timeline[deadline], i18n.language),
      }),
    );
  });

  return (
    <section aria-labelledby="extend-title" className="card">
      <h2 id="extend-title">{t("extend.title")}</h2>
      <p className="hint">{t("extend.intro")}</p>
      <form ref={form.formRef} onSubmit={submit} noValidate className="inline-form">
        <FormAlert error={form.errors.form} />
        <StatusMessage>{done}</StatusMessage>
        <SelectField
          idPrefix="extend"
          name="deadline"
          label={t("extend.deadline")}
          value={deadline}
          onValue={(value) => {
            setDeadline(value as Deadline);
            setUntil(toLocalInput(challenge.timeline[value as Deadline]));
          }}
          error={form.errors.fields.deadline}
          options={deadlines.map((value) => ({
            value,
            label: `${t(`timeline.${value}`)} (${formatDateTime(challenge.timeline[value], i18n.language)})`,
          }))}
        />
        <TextField
          idPrefix="extend"
          name="until"
          type="datetime-local"
          label={t("extend.until")}
          value={until}
          onValue={setUntil}
          error={form.errors.fields.until}
          required
        />
        <button type="submit" aria-disabled={form.busy || undefined}>
          {t("extend.submit")}
        </button>
      </form>
    </section>
  );
}

export function EditChallengePage() {
  const { t } = useTranslation();
  const { workspaceId = "", challengeId = "" } = useParams();
  const navigate = useNavigate();
  const [challenge, setChallenge] = useState<ChallengeData>();
  const [error, setError] = useState<string>();
  const path = `/workspaces/${workspaceId}/challenges/${challengeId}`;
  const { contest, setContest } = useContest(workspaceId, challengeId, Boolean(challenge?.contest));

  useEffect(() => {
    client
      .get("/workspaces/:workspaceId/challenges/:challengeId", { params: { workspaceId, challengeId } })
      .then(
        (result) => setChallenge(result.challenge),
        (failure: unknown) => setError(formErrorsOf(failure, []).form),
      );
  }, [workspaceId, challengeId]);

  async function save(body: ChallengeBody) {
    await client.patch("/workspaces/:workspaceId/challenges/:challengeId", {
      params: { workspaceId, challengeId },
      body,
    });
    navigate(path);
  }

  if (error) {
    return (
      <div className="stack">
        <PageTitle text={t("app.notFound")} />
        <FormAlert error={error} />
      </div>
    );
  }
  if (!challenge) return <Loading />;
  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to={path}>{t("challenges.backToChallenge", { title: challenge.title })}</Link>
      </p>
      <PageTitle text={t("challengeForm.editTitle", { title: challenge.title })} />
      {challenge.status === "published" && (
        <ExtendDeadlineForm challenge={challenge} workspaceId={workspaceId} onExtended={setChallenge} />
      )}
      <section aria-labelledby="brief-title" className="card">
        <h2 id="brief-title">{t("challengeForm.briefLegend")}</h2>
        <ChallengeForm
          key={challenge.updatedAt}
          challenge={challenge}
          onSubmit={save}
          submitLabel={t("challengeForm.save")}
        />
      </section>
      {challenge.contest && contest && (
        <CriteriaForm contest={contest} challengeRef={{ workspaceId, challengeId }} onSaved={setContest} />
      )}
    </div>
  );
}
