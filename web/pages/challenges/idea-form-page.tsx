// Submitting an idea to a challenge, and editing one's own idea, while contributions are open.
import type { Static } from "@sinclair/typebox";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { IdeaBody } from "../../../src/contracts/ideas.ts";
import { ApiError } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import type { ChallengeData, IdeaData } from "../../api/types.ts";
import { FormAlert, SelectField, TextAreaField, TextField } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { useForm } from "../../components/use-form.ts";
import { formatDateTime } from "./format.ts";

const fields = ["title", "body", "category", "imageUrl"] as const;

function IdeaForm({
  challenge,
  idea,
  onSubmit,
  submitLabel,
}: {
  challenge: ChallengeData;
  idea?: IdeaData;
  onSubmit: (body: Static<typeof IdeaBody>) => Promise<void>;
  submitLabel: string;
}) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState(idea?.title ?? "");
  const [body, setBody] = useState(idea?.body ?? "");
  const [category, setCategory] = useState(idea?.category ?? "");
  const [imageUrl, setImageUrl] = useState(idea?.imageUrl ?? "");
  const hasCategories = challenge.categories.length > 0;
  const required = hasCategories ? ["title", "body", "category"] : ["title", "body"];
  const form = useForm(fields, required, () => ({ title, body, category }));

  const submit = form.handle(async () => {
    try {
      await onSubmit({
        title: title.trim(),
        body: body.trim(),
        ...(hasCategories ? { category } : {}),
        imageUrl: imageUrl.trim() || null,
      });
    } catch (error) {
      // The server decides the phase: say which deadline passed, with its date.
      if (error instanceof ApiError && error.code === "phase-closed") {
        form.setErrors({ fields: {}, form: "ideaForm.closed" });
        return;
      }
      throw error;
    }
  });

  const closedAt = formatDateTime(challenge.timeline.contributionsCloseAt, i18n.language);
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      {form.errors.form === "ideaForm.closed" ? (
        <div role="alert" className="alert alert-error">
          <p>{t("errors.phase-closed")}</p>
          <p>{t("ideaForm.closedAt", { date: closedAt })}</p>
        </div>
      ) : (
        <FormAlert error={form.errors.form} />
      )}
      <TextField
        idPrefix="idea"
        name="title"
        label={t("ideaForm.title")}
        value={title}
        onValue={setTitle}
        error={form.errors.fields.title}
        maxLength={200}
        required
      />
      <TextAreaField
        idPrefix="idea"
        name="body"
        label={t("ideaForm.body")}
        hint={t("ideaForm.bodyHint")}
        value={body}
        onValue={setBody}
        error={form.errors.fields.body}
        maxLength={10_000}
        rows={6}
        required
      />
      {hasCategories && (
        <SelectField
          idPrefix="idea"
          name="category"
          label={t("ideaForm.category")}
          value={category}
          onValue={setCategory}
          error={form.errors.fields.category}
          required
          options={[
            { value: "", label: t("ideaForm.chooseCategory") },
            ...challenge.categories.map((name) => ({ value: name, label: name })),
          ]}
        />
      )}
      <TextField
        idPrefix="idea"
        name="imageUrl"
        type="url"
        inputMode="url"
        label={t("ideaForm.imageUrl")}
        hint={t("challengeForm.urlHint")}
        value={imageUrl}
        onValue={setImageUrl}
        error={form.errors.fields.imageUrl}
      />
      <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
        {submitLabel}
      </button>
    </form>
  );
}

function Failure({ error, back }: { error: string; back: string }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PageTitle text={t("app.notFound")} />
      <FormAlert error={error} />
      <p>
        <Link to={back}>{t("challenges.backToWorkspace")}</Link>
      </p>
    </div>
  );
}

export function NewIdeaPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = "", challengeId = "" } = useParams();
  const navigate = useNavigate();
  const [challenge, setChallenge] = useState<ChallengeData>();
  const [error, setError] = useState<string>();
  const path = `/workspaces/${workspaceId}/challenges/${challengeId}`;

  useEffect(() => {
    client
      .get("/workspaces/:workspaceId/challenges/:challengeId", { params: { workspaceId, challengeId } })
      .then(
        (result) => setChallenge(result.challenge),
        (failure: unknown) => setError(formErrorsOf(failure, []).form),
      );
  }, [workspaceId, challengeId]);

  async function submit(body: Static<typeof IdeaBody>) {
    const created = await client.post("/workspaces/:workspaceId/challenges/:challengeId/ideas", {
      params: { workspaceId, challengeId },
      body,
    });
    navigate(`/workspaces/${workspaceId}/ideas/${created.idea.id}`);
  }

  if (error) return <Failure error={error} back={`/workspaces/${workspaceId}`} />;
  if (!challenge) return <Loading />;
  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to={path}>{t("challenges.backToChallenge", { title: challenge.title })}</Link>
      </p>
      <PageTitle text={t("ideaForm.newTitle")} />
      <div className="card">
        <p className="question prose">{challenge.question}</p>
        <p className="meta">
          {t("ideaForm.openUntil", {
            date: formatDateTime(challenge.timeline.contributionsCloseAt, i18n.language),
          })}
        </p>
        <IdeaForm challenge={challenge} onSubmit={submit} submitLabel={t("ideaForm.submit")} />
      </div>
    </div>
  );
}

export function EditIdeaPage() {
  const { t } = useTranslation();
  const { workspaceId = "", ideaId = "" } = useParams();
  const navigate = useNavigate();
  const [state, setState] = useState<{ idea: IdeaData; challenge: ChallengeData }>();
  const [error, setError] = useState<string>();
  const ideaPath = `/workspaces/${workspaceId}/ideas/${ideaId}`;

  useEffect(() => {
    (async () => {
      const { idea } = await client.get("/workspaces/:workspaceId/ideas/:ideaId", {
        params: { workspaceId, ideaId },
      });
      const { challenge } = await client.get("/workspaces/:workspaceId/challenges/:challengeId", {
        params: { workspaceId, challengeId: idea.challengeId },
      });
      setState({ idea, challenge });
    })().catch((failure: unknown) => setError(formErrorsOf(failure, []).form));
  }, [workspaceId, ideaId]);

  async function save(body: Static<typeof IdeaBody>) {
    await client.patch("/workspaces/:workspaceId/ideas/:ideaId", { params: { workspaceId, ideaId }, body });
    navigate(ideaPath);
  }

  if (error) return <Failure error={error} back={`/workspaces/${workspaceId}`} />;
  if (!state) return <Loading />;
  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to={ideaPath}>{t("idea.backToIdea", { title: state.idea.title })}</Link>
      </p>
      <PageTitle text={t("ideaForm.editTitle")} />
      <div className="card">
        <IdeaForm
          challenge={state.challenge}
          idea={state.idea}
          onSubmit={save}
          submitLabel={t("ideaForm.save")}
        />
      </div>
    </div>
  );
}
