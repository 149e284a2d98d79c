// The brief and timeline of a challenge, as a manager writes them: creation, and edition of what may still change.
import type { Static } from "@sinclair/typebox";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { UpdateChallengeBody } from "../../../src/contracts/challenges.ts";
import { ApiError } from "../../api/client.ts";
import { type ChallengeData, type TimelineField, timelineFields } from "../../api/types.ts";
import {
  CheckboxField,
  FormAlert,
  SelectField,
  TextAreaField,
  TextField,
} from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";
import { fromLocalInput, toLocalInput } from "./time.ts";

/** The form's fields in screen order, named as the API names them (so errors land beside them). */
const fields = [
  "title",
  "question",
  "benefit",
  "rules",
  "coverImageUrl",
  "projectManager.name",
  "projectManager.text",
  "projectManager.mediaUrl",
  ...timelineFields.map((field) => `timeline.${field}`),
  "categories",
  "audience",
  "allowAnonymous",
  "participationGoal",
  "leaderboard",
  "contestPrize",
  "conversation",
  "statementModeration",
  "status",
] as const;

const requiredFields = [
  "title",
  "question",
  "benefit",
  "projectManager.name",
  ...timelineFields.map((field) => `timeline.${field}`),
];

/** "categories.2" → "categories", "timeline" → the first date: the field the form shows. */
function shownField(field: string | undefined): string | undefined {
  if (field === undefined) return undefined;
  if (field.startsWith("categories.")) return "categories";
  if (field === "timeline") return "timeline.announcementAt";
  return field;
}

/** The same error with its fields named as the form names them. */
function placed(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  return new ApiError(
    error.status,
    error.code,
    error.message,
    shownField(error.field),
    error.errors.map((problem) => ({ ...problem, field: shownField(problem.field) ?? problem.field })),
  );
}

type Dates = Record<TimelineField, string>;

function initialDates(challenge?: ChallengeData): Dates {
  if (challenge) {
    return Object.fromEntries(
      timelineFields.map((field) => [field, toLocalInput(challenge.timeline[field])]),
    ) as Dates;
  }
  // A fresh challenge: announced now, open tomorrow for two weeks, then a week of voting and one of synthesis.
  const day = 86_400_000;
  const start = new Date();
  start.setMinutes(0, 0, 0);
  const at = (days: number) => toLocalInput(new Date(start.getTime() + days * day));
  return {
    announcementAt: at(0),
    contributionsOpenAt: at(1),
    contributionsCloseAt: at(15),
    votingCloseAt: at(22),
    synthesisCloseAt: at(29),
  };
}

/** What the form sends: the brief, and the timeline and status unless the dates are locked. */
export type ChallengeBody = Static<typeof UpdateChallengeBody>;

export function ChallengeForm({
  challenge,
  onSubmit,
  submitLabel,
  children,
}: {
  challenge?: ChallengeData;
  /** Sends the body; throws the server's error, which the form places beside its field. */
  onSubmit: (body: ChallengeBody) => Promise<void>;
  submitLabel: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(challenge?.title ?? "");
  const [question, setQuestion] = useState(challenge?.question ?? "");
  const [benefit, setBenefit] = useState(challenge?.benefit ?? "");
  const [rules, setRules] = useState(challenge?.rules ?? "");
  const [coverImageUrl, setCoverImageUrl] = useState(challenge?.coverImageUrl ?? "");
  const [managerName, setManagerName] = useState(challenge?.projectManager.name ?? "");
  const [managerText, setManagerText] = useState(challenge?.projectManager.text ?? "");
  const [managerMediaUrl, setManagerMediaUrl] = useState(challenge?.projectManager.mediaUrl ?? "");
  const [dates, setDates] = useState<Dates>(() => initialDates(challenge));
  const [categories, setCategories] = useState((challenge?.categories ?? []).join("\n"));
  const [audience, setAudience] = useState(challenge?.audience ?? "members");
  const [allowAnonymous, setAllowAnonymous] = useState(challenge?.allowAnonymous ?? false);
  const [goal, setGoal] = useState(challenge?.participationGoal?.toString() ?? "");
  const [leaderboard, setLeaderboard] = useState(challenge?.leaderboard ?? true);
  const [prize, setPrize] = useState(challenge?.contest?.prize ?? "");
  const [conversation, setConversation] = useState(challenge?.conversation ?? false);
  const [statementModeration, setStatementModeration] = useState(challenge?.statementModeration ?? false);
  const [publish, setPublish] = useState(challenge ? challenge.status === "published" : false);
  const datesLocked = challenge?.status === "published";

  const form = useForm(fields, requiredFields, () => ({
    title,
    question,
    benefit,
    "projectManager.name": managerName,
    ...Object.fromEntries(timelineFields.map((field) => [`timeline.${field}`, dates[field]])),
  }));

  const submit = form.handle(async () => {
    const timeline = Object.fromEntries(
      timelineFields.map((field) => [field, fromLocalInput(dates[field]) ?? dates[field]]),
    );
    const body: ChallengeBody = {
      title: title.trim(),
      question: question.trim(),
      benefit: benefit.trim(),
      rules: rules.trim(),
      coverImageUrl: coverImageUrl.trim() || null,
      projectManager: {
        name: managerName.trim(),
        text: managerText.trim(),
        mediaUrl: managerMediaUrl.trim() || null,
      },
      categories: categories
        .split("\n")
        .map((name) => name.trim())
        .filter(Boolean),
      audience,
      allowAnonymous,
      participationGoal: goal.trim() === "" ? null : Number(goal),
      leaderboard,
      contestPrize: prize.trim() || null,
      conversation,
      statementModeration,
      ...(datesLocked ? {} : { timeline, status: publish ? "published" : "draft" }),
    };
    try {
      await onSubmit(body);
    } catch (error) {
      throw placed(error);
    }
  });

  const errorOf = (name: string) => form.errors.fields[name];
  const date = (field: TimelineField) => (
    <TextField
      key={field}
      idPrefix="challenge"
      name={`timeline.${field}`}
      type="datetime-local"
      label={t(`timeline.${field}`)}
      value={dates[field]}
      onValue={(value) => setDates((current) => ({ ...current, [field]: value }))}
      error={errorOf(`timeline.${field}`)}
      readOnly={datesLocked}
      required
    />
  );

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate className="challenge-form">
      <FormAlert error={form.errors.form} />
      <fieldset>
        <legend>{t("challengeForm.briefLegend")}</legend>
        <TextField
          idPrefix="challenge"
          name="title"
          label={t("challengeForm.title")}
          value={title}
          onValue={setTitle}
          error={errorOf("title")}
          maxLength={200}
          required
        />
        <TextAreaField
          idPrefix="challenge"
          name="question"
          label={t("challengeForm.question")}
          hint={t("challengeForm.questionHint")}
          value={question}
          onValue={setQuestion}
          error={errorOf("question")}
          maxLength={2000}
          rows={3}
          required
        />
        <TextAreaField
          idPrefix="challenge"
          name="benefit"
          label={t("challengeForm.benefit")}
          hint={t("challengeForm.benefitHint")}
          value={benefit}
          onValue={setBenefit}
          error={errorOf("benefit")}
          maxLength={2000}
          rows={3}
          required
        />
        <TextAreaField
          idPrefix="challenge"
          name="rules"
          label={t("challengeForm.rules")}
          value={rules}
          onValue={setRules}
          error={errorOf("rules")}
          maxLength={10_000}
        />
        <TextField
          idPrefix="challenge"
          name="coverImageUrl"
          type="url"
          inputMode="url"
          label={t("challengeForm.coverImageUrl")}
          hint={t("challengeForm.urlHint")}
          value={coverImageUrl}
          onValue={setCoverImageUrl}
          error={errorOf("coverImageUrl")}
        />
      </fieldset>
      <fieldset>
        <legend>{t("challengeForm.managerLegend")}</legend>
        <p className="hint">{t("challengeForm.managerIntro")}</p>
        <TextField
          idPrefix="challenge"
          name="projectManager.name"
          label={t("challengeForm.managerName")}
          value={managerName}
          onValue={setManagerName}
          error={errorOf("projectManager.name")}
          maxLength={120}
          required
        />
        <TextAreaField
          idPrefix="challenge"
          name="projectManager.text"
          label={t("challengeForm.managerText")}
          value={managerText}
          onValue={setManagerText}
          error={errorOf("projectManager.text")}
          maxLength={5000}
        />
        <TextField
          idPrefix="challenge"
          name="projectManager.mediaUrl"
          type="url"
          inputMode="url"
          label={t("challengeForm.managerMediaUrl")}
          hint={t("challengeForm.managerMediaHint")}
          value={managerMediaUrl}
          onValue={setManagerMediaUrl}
          error={errorOf("projectManager.mediaUrl")}
        />
      </fieldset>
      <fieldset>
        <legend>{t("challengeForm.timelineLegend")}</legend>
        <p className="hint">
          {datesLocked ? t("challengeForm.timelineLocked") : t("challengeForm.timelineHint")}
        </p>
        {timelineFields.map(date)}
      </fieldset>
      <fieldset>
        <legend>{t("challengeForm.participationLegend")}</legend>
        <TextAreaField
          idPrefix="challenge"
          name="categories"
          label={t("challengeForm.categories")}
          hint={t("challengeForm.categoriesHint")}
          value={categories}
          onValue={setCategories}
          error={errorOf("categories")}
          rows={3}
        />
        <SelectField
          idPrefix="challenge"
          name="audience"
          label={t("challengeForm.audience")}
          value={audience}
          onValue={(value) => setAudience(value as "members" | "public")}
          error={errorOf("audience")}
          options={[
            { value: "members", label: t("challengeForm.audienceMembers") },
            { value: "public", label: t("challengeForm.audiencePublic") },
          ]}
        />
        <CheckboxField
          idPrefix="challenge"
          name="allowAnonymous"
          label={t("challengeForm.allowAnonymous")}
          checked={allowAnonymous}
          onChecked={setAllowAnonymous}
          error={errorOf("allowAnonymous")}
        />
        <TextField
          idPrefix="challenge"
          name="participationGoal"
          type="number"
          inputMode="numeric"
          min={1}
          label={t("challengeForm.participationGoal")}
          hint={t("challengeForm.participationGoalHint")}
          value={goal}
          onValue={setGoal}
          error={errorOf("participationGoal")}
        />
        <CheckboxField
          idPrefix="challenge"
          name="leaderboard"
          label={t("challengeForm.leaderboard")}
          hint={t("challengeForm.leaderboardHint")}
          checked={leaderboard}
          onChecked={setLeaderboard}
          error={errorOf("leaderboard")}
        />
        <TextAreaField
          idPrefix="challenge"
          name="contestPrize"
          label={t("challengeForm.contestPrize")}
          hint={t("challengeForm.contestPrizeHint")}
          value={prize}
          onValue={setPrize}
          error={errorOf("contestPrize")}
          maxLength={2000}
          rows={2}
        />
        <CheckboxField
          idPrefix="challenge"
          name="conversation"
          label={t("challengeForm.conversation")}
          hint={t("challengeForm.conversationHint")}
          checked={conversation}
          onChecked={setConversation}
          error={errorOf("conversation")}
        />
        {conversation && (
          <CheckboxField
            idPrefix="challenge"
            name="statementModeration"
            label={t("challengeForm.statementModeration")}
            hint={t("challengeForm.statementModerationHint")}
            checked={statementModeration}
            onChecked={setStatementModeration}
            error={errorOf("statementModeration")}
          />
        )}
        {!datesLocked && (
          <CheckboxField
            idPrefix="challenge"
            name="status"
            label={t("challengeForm.publish")}
            hint={t("challengeForm.publishHint")}
            checked={publish}
            onChecked={setPublish}
            error={errorOf("status")}
          />
        )}
      </fieldset>
      {children}
      <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
        {submitLabel}
      </button>
    </form>
  );
}
