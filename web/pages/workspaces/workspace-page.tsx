// One workspace: its members (updated live), its invitation links and its settings, as the viewer's role allows.
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { formErrorsOf } from "../../api/problems.ts";
import { useSession } from "../../api/session.tsx";
import { client } from "../../api/typed-client.ts";
import {
  canEditWorkspace,
  canInvite,
  canModerate,
  canReadListening,
  type MemberData,
  type Role,
  type WorkspaceData,
} from "../../api/types.ts";
import { FormAlert, StatusMessage } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { type EventType, type LiveEvent, useLive } from "../../live/use-live.ts";
import { ChallengesSection } from "../challenges/challenges-section.tsx";
import { NotificationsSection } from "../notifications/notifications-section.tsx";
import { canReadPlans } from "../plans/plan-types.ts";
import { ErasureSection } from "./erasure-section.tsx";
import { InvitationsSection } from "./invitations-section.tsx";
import { MembersSection } from "./members-section.tsx";
import { ModerationSection } from "./moderation-section.tsx";
import { SettingsSection } from "./settings-section.tsx";

/** Events that change the challenges listed on the workspace page. */
const challengeListEvents = new Set<EventType>([
  "challenge.published",
  "challenge.debriefed",
  "challenge.deadline-extended",
  "challenge.controlled",
  "idea.submitted",
  "idea.updated",
  "idea.withdrawn",
  "idea.hidden",
  "idea.restored",
  "idea.awarded",
  "idea.outcome-set",
  "comment.posted",
  "comment.hidden",
  "comment.restored",
]);

export function WorkspacePage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = "" } = useParams();
  const { user } = useSession();
  const [workspace, setWorkspace] = useState<WorkspaceData>();
  const [members, setMembers] = useState<MemberData[]>();
  const [error, setError] = useState<string>();
  const location = useLocation();
  const deleted = (location.state as { deleted?: string } | null)?.deleted;
  const [notice, setNotice] = useState<string | undefined>(() =>
    deleted ? t("challenges.deleted", { title: deleted }) : undefined,
  );
  const [removed, setRemoved] = useState(false);
  const [challengeChanges, setChallengeChanges] = useState(0);
  const myId = user?.id ?? "";
  // Names of everyone seen here, kept after they leave so a removal can still say who left.
  const names = useRef(new Map<string, string>());
  for (const member of members ?? []) names.current.set(member.userId, member.name);

  const loadMembers = useCallback(async () => {
    try {
      setMembers((await client.get("/workspaces/:workspaceId/members", { params: { workspaceId } })).members);
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  }, [workspaceId]);

  useEffect(() => {
    setWorkspace(undefined);
    setMembers(undefined);
    setError(undefined);
    setRemoved(false);
    client.get("/workspaces/:workspaceId", { params: { workspaceId } }).then(
      (result) => setWorkspace(result.workspace),
      (failure: unknown) => setError(formErrorsOf(failure, []).form),
    );
    void loadMembers();
  }, [workspaceId, loadMembers]);

  const applyChange = useCallback(
    (userId: string, role: Role | null) => {
      if (userId === myId) {
        if (role === null) setRemoved(true);
        else setWorkspace((current) => current && { ...current, role });
      }
      setMembers((list) =>
        role === null
          ? list?.filter((member) => member.userId !== userId)
          : list?.map((member) => (member.userId === userId ? { ...member, role } : member)),
      );
    },
    [myId],
  );

  const onEvent = useCallback(
    (event: LiveEvent) => {
      if (challengeListEvents.has(event.type)) {
        setChallengeChanges((n) => n + 1);
        return;
      }
      if (event.type === "member.joined") {
        const { data } = event;
        const name = data.name ?? names.current.get(data.userId) ?? "";
        setMembers((list) =>
          list?.some((member) => member.userId === data.userId)
            ? list
            : [
                ...(list ?? []),
                {
                  userId: data.userId,
                  name,
                  email: null,
                  anonymous: data.anonymous,
                  role: data.role,
                  joinedAt: event.at,
                  blocked: false,
                },
              ],
        );
        setNotice(t("workspace.joined", { name }));
      } else if (event.type === "member.role-changed") {
        const { data } = event;
        applyChange(data.userId, data.role);
        setNotice(
          t("workspace.roleChanged", {
            name: names.current.get(data.userId) ?? "",
            role: t(`roles.${data.role}`).toLocaleLowerCase(i18n.language),
          }),
        );
      } else if (event.type === "member.removed") {
        const { data } = event;
        applyChange(data.userId, null);
        if (data.userId !== myId)
          setNotice(t("workspace.removed", { name: names.current.get(data.userId) ?? "" }));
      }
    },
    [applyChange, myId, t, i18n],
  );

  const live = useLive(removed ? undefined : workspaceId, onEvent, loadMembers);

  if (removed) {
    return (
      <div className="stack">
        <PageTitle text={workspace?.name ?? t("workspace.membersTitle")} />
        <p role="alert" className="alert alert-info">
          {t("workspace.youWereRemoved")}
        </p>
        <p>
          <Link to="/">{t("workspace.back")}</Link>
        </p>
      </div>
    );
  }
  if (error && !workspace) {
    return (
      <div className="stack">
        <PageTitle text={t("app.notFound")} />
        <FormAlert error={error} />
        <p>
          <Link to="/">{t("workspace.back")}</Link>
        </p>
      </div>
    );
  }
  if (!workspace || !members) return <Loading />;

  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to="/">{t("workspace.back")}</Link>
      </p>
      <div className="page-head">
        <PageTitle text={workspace.name} />
        <p className="meta">
          {t("workspace.kindAndRole", {
            kind: t(`kinds.${workspace.kind}`),
            role: t(`roles.${workspace.role}`),
          })}
          <span className={`live-status ${live}`}>
            {live === "live" ? t("workspace.liveOn") : t("workspace.liveOff")}
          </span>
        </p>
      </div>
      <StatusMessage>{notice}</StatusMessage>
      <FormAlert error={error} />
      <NotificationsSection workspaceId={workspace.id} refresh={challengeChanges} />
      {canReadPlans(workspace.role) && (
        <p className="card plan-link">
          <Link className="button" to={`/workspaces/${workspace.id}/plans`}>
            {t("plans.link")}
          </Link>
        </p>
      )}
      <ChallengesSection workspaceId={workspace.id} role={workspace.role} refresh={challengeChanges} />
      {canReadListening(workspace.role) && (
        <section aria-labelledby="listening-title" className="card">
          <h2 id="listening-title">{t("listening.title")}</h2>
          <p>{t("listening.intro")}</p>
          <p>
            <Link to={`/workspaces/${workspace.id}/listening`}>{t("listening.open")}</Link>
          </p>
        </section>
      )}
      {canModerate(workspace.role) && (
        <ModerationSection workspaceId={workspace.id} refresh={challengeChanges} />
      )}
      <MembersSection
        workspaceId={workspace.id}
        workspaceName={workspace.name}
        myId={myId}
        myRole={workspace.role}
        members={members}
        onChanged={applyChange}
      />
      {canInvite(workspace.role) && <InvitationsSection workspaceId={workspace.id} myRole={workspace.role} />}
      {canEditWorkspace(workspace.role) && <SettingsSection workspace={workspace} onSaved={setWorkspace} />}
      {canEditWorkspace(workspace.role) && members && (
        <ErasureSection
          workspaceId={workspace.id}
          myId={myId}
          members={members}
          onErased={(userId) => applyChange(userId, null)}
        />
      )}
    </div>
  );
}
