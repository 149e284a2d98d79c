// A challenge's conversation ("Débat"): one statement at a time to vote on, a form to propose one, the live
// opinion map, and for moderators and managers the queue of pending statements and the Pol.is exchange.
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formErrorsOf } from "../../api/problems.ts";
import { type ChallengeRef, client } from "../../api/typed-client.ts";
import type { ChallengeData, NextStatementData, OpinionMapData, StatementData } from "../../api/types.ts";
import { FormAlert, StatusMessage, TextAreaField } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";
import { OpinionMapView } from "./opinion-map.tsx";
import { PolisExchange } from "./polis-exchange.tsx";
import { StatementQueue } from "./statement-queue.tsx";

const proposeFields = ["body"] as const;
const votes = [
  { value: 1, key: "agree", className: "primary" },
  { value: -1, key: "disagree", className: "" },
  { value: 0, key: "pass", className: "" },
] as const;

function ProposeForm({
  challengeRef,
  onProposed,
}: {
  challengeRef: ChallengeRef;
  onProposed: (s: StatementData) => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState("");
  const form = useForm(proposeFields, ["body"], () => ({ body }));
  const submit = form.handle(async () => {
    const { statement } = await client.post("/workspaces/:workspaceId/challenges/:challengeId/statements", {
      params: challengeRef,
      body: { body: body.trim() },
    });
    setBody("");
    onProposed(statement);
  });
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate className="propose-statement">
      <FormAlert error={form.errors.form} />
      <TextAreaField
        idPrefix="statement"
        name="body"
        label={t("conversation.propose.label")}
        hint={t("conversation.propose.hint")}
        value={body}
        onValue={setBody}
        error={form.errors.fields.body}
        required
        maxLength={280}
        rows={2}
      />
      <button type="submit" aria-disabled={form.busy || undefined}>
        {t("conversation.propose.submit")}
      </button>
    </form>
  );
}

export function ConversationSection({
  workspaceId,
  challenge,
  refresh,
}: {
  workspaceId: string;
  challenge: ChallengeData;
  /** Changes when a live event concerns this conversation: the section reloads. */
  refresh: number;
}) {
  const { t } = useTranslation();
  const challengeId = challenge.id;
  const [next, setNext] = useState<NextStatementData>();
  const [map, setMap] = useState<OpinionMapData | null>(null);
  const [statements, setStatements] = useState<StatementData[]>([]);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const statementRef = useRef<HTMLQuoteElement>(null);
  const moderates = challenge.abilities.moderate;
  const manages = challenge.abilities.manage;

  const loadMap = useCallback(
    () =>
      client
        .get("/workspaces/:workspaceId/challenges/:challengeId/opinion-map", {
          params: { workspaceId, challengeId },
        })
        .then((r) => setMap(r.map)),
    [workspaceId, challengeId],
  );
  /**
   * Reloads the map (and the moderators' list). The statement being read is kept unless `withNext` or there is none:
   * other people's votes must not swap it under the reader's eyes.
   */
  const load = useCallback(
    async (withNext: boolean) => {
      try {
        const [nextOne, list] = await Promise.all([
          withNext
            ? client.get("/workspaces/:workspaceId/challenges/:challengeId/statements/next", {
                params: { workspaceId, challengeId },
              })
            : undefined,
          moderates
            ? client.get("/workspaces/:workspaceId/challenges/:challengeId/statements", {
                params: { workspaceId, challengeId },
              })
            : undefined,
          loadMap(),
        ]);
        if (nextOne) setNext(nextOne);
        if (list) setStatements(list.statements);
      } catch (failure) {
        setError(formErrorsOf(failure, []).form);
      }
    },
    [workspaceId, challengeId, moderates, loadMap],
  );
  const nextRef = useRef(next);
  nextRef.current = next;

  useEffect(() => {
    void refresh;
    void load(!nextRef.current?.statement);
  }, [load, refresh]);

  const votingOpen =
    challenge.status === "published" && (challenge.phase === "contributions" || challenge.phase === "voting");
  const mayVote = challenge.abilities.vote;

  const vote = async (value: -1 | 0 | 1) => {
    if (!next?.statement || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await client.put("/workspaces/:workspaceId/challenges/:challengeId/statements/:number/vote", {
        params: { workspaceId, challengeId, number: next.statement.number },
        body: { vote: value },
      });
      setNotice(t(`conversation.voted.${value === 1 ? "agree" : value === -1 ? "disagree" : "pass"}`));
      setNext(
        await client.get("/workspaces/:workspaceId/challenges/:challengeId/statements/next", {
          params: { workspaceId, challengeId },
        }),
      );
      statementRef.current?.focus();
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
      // The statement may have been moderated out meanwhile: offer the next one.
      void load(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="conversation-title" className="card conversation">
      <h2 id="conversation-title">{t("conversation.title")}</h2>
      <p className="hint">{t("conversation.intro")}</p>
      <FormAlert error={error} />
      <StatusMessage>{notice}</StatusMessage>
      {next === undefined ? null : next.statement ? (
        <div className="statement-card">
          <p className="meta">
            {t("conversation.progress", { done: next.total - next.remaining + 1, total: next.total })}
          </p>
          <blockquote ref={statementRef} tabIndex={-1} id="current-statement" className="statement-text">
            {next.statement.body}
          </blockquote>
          {mayVote ? (
            <fieldset className="actions vote-buttons">
              <legend className="visually-hidden">{t("conversation.voteOn")}</legend>
              {votes.map((v) => (
                <button
                  key={v.key}
                  type="button"
                  className={v.className || undefined}
                  aria-disabled={busy || undefined}
                  onClick={() => void vote(v.value)}
                >
                  {t(`conversation.vote.${v.key}`)}
                </button>
              ))}
            </fieldset>
          ) : (
            <p className="meta">{t(votingOpen ? "conversation.guestsRead" : "conversation.closed")}</p>
          )}
        </div>
      ) : (
        <p>{next.total === 0 ? t("conversation.noStatements") : t("conversation.allVoted")}</p>
      )}
      {challenge.abilities.proposeStatement && (
        <ProposeForm
          challengeRef={{ workspaceId, challengeId }}
          onProposed={(s) => {
            setNotice(
              t(s.status === "pending" ? "conversation.propose.pending" : "conversation.propose.shown"),
            );
            void load(!nextRef.current?.statement);
          }}
        />
      )}
      <OpinionMapView map={map} />
      {moderates && (
        <StatementQueue
          challengeRef={{ workspaceId, challengeId }}
          statements={statements}
          onChanged={() => void load(true)}
        />
      )}
      {manages && (
        <PolisExchange challengeRef={{ workspaceId, challengeId }} onImported={() => void load(true)} />
      )}
    </section>
  );
}
