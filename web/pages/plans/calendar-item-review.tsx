// The client's review of an item, in its dialog: approve it, or ask changes saying what.
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CalendarItem } from "../../../src/contracts/plan-calendar.ts";
import { client } from "../../api/typed-client.ts";
import { FormAlert, TextAreaField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";
import type { CalendarContext } from "./calendar-context.ts";

export function CalendarItemReview({
  item,
  context,
  onDone,
}: {
  item: CalendarItem;
  context: CalendarContext;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [comment, setComment] = useState("");
  // Which button submitted: read when the submission runs, in the same event as the click.
  const decisionRef = useRef<"approve" | "ask-changes">("approve");
  const form = useForm(["comment"]);
  const submit = form.handle(async () => {
    const decision = decisionRef.current;
    await client.post("/workspaces/:workspaceId/calendar-items/:itemId/review", {
      params: { workspaceId: context.workspaceId, itemId: item.id },
      body: decision === "approve" ? { decision } : { decision, comment },
    });
    setComment("");
    onDone();
  });
  if (item.status === "published") return null;
  return (
    <form
      ref={form.formRef}
      onSubmit={submit}
      noValidate
      className="calendar-review"
      aria-labelledby="review-heading"
    >
      <h3 id="review-heading">{t("planCalendar.review")}</h3>
      <FormAlert error={form.errors.form} />
      <TextAreaField
        idPrefix="review"
        name="comment"
        label={t("planCalendar.comment")}
        hint={t("planCalendar.commentHint")}
        value={comment}
        onValue={setComment}
        rows={3}
        error={form.errors.fields.comment}
      />
      <div className="form-actions">
        <button
          type="submit"
          onClick={() => {
            decisionRef.current = "approve";
          }}
          disabled={form.busy}
        >
          {t("planCalendar.approve")}
        </button>
        <button
          type="submit"
          className="secondary"
          onClick={() => {
            decisionRef.current = "ask-changes";
          }}
          disabled={form.busy}
        >
          {t("planCalendar.askChanges")}
        </button>
      </div>
    </form>
  );
}
