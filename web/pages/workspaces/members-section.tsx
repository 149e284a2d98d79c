// The members of a workspace with their roles; changing a role and removing someone when the viewer's role allows it.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formErrorsOf } from "../../api/problems.ts";
import { client } from "../../api/typed-client.ts";
import { assignableRoles, blockableRoles, type MemberData, type Role } from "../../api/types.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { BlockForm } from "./block-form.tsx";

interface MembersSectionProps {
  workspaceId: string;
  workspaceName: string;
  myId: string;
  myRole: Role;
  members: MemberData[];
  onChanged: (userId: string, role: Role | null) => void;
}

function MemberRow({
  workspaceId,
  workspaceName,
  myId,
  myRole,
  member,
  onChanged,
  onError,
}: {
  workspaceId: string;
  workspaceName: string;
  myId: string;
  myRole: Role;
  member: MemberData;
  onChanged: (userId: string, role: Role | null) => void;
  onError: (key: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(member.role);
  const [busy, setBusy] = useState(false);
  const isMe = member.userId === myId;
  const manageable = !isMe && assignableRoles[myRole].includes(member.role);
  const params = { workspaceId, userId: member.userId };
  const [blocked, setBlocked] = useState(member.blocked);
  const blockable = !isMe && blockableRoles[myRole].includes(member.role);

  const [blocking, setBlocking] = useState(false);

  const toggleBlock = () => {
    if (!blocked) {
      setBlocking(true);
      return;
    }
    void run(async () => {
      await client.put("/workspaces/:workspaceId/members/:userId/block", {
        params,
        body: { blocked: false },
      });
      setBlocked(false);
    });
  };

  async function run(action: () => Promise<void>) {
    onError(undefined);
    setBusy(true);
    try {
      await action();
    } catch (error) {
      onError(formErrorsOf(error, []).form);
    } finally {
      setBusy(false);
    }
  }

  const changeRole = () =>
    run(async () => {
      await client.patch("/workspaces/:workspaceId/members/:userId", { params, body: { role } });
      onChanged(member.userId, role);
    });

  const remove = () => {
    const question = isMe
      ? t("workspace.leaveConfirm", { workspace: workspaceName })
      : t("workspace.removeConfirm", { name: member.name });
    if (!window.confirm(question)) return;
    void run(async () => {
      await client.delete("/workspaces/:workspaceId/members/:userId", { params });
      onChanged(member.userId, null);
    });
  };

  const blockButton = blockable && (
    <button
      type="button"
      onClick={toggleBlock}
      disabled={busy || blocking}
      aria-expanded={blocked ? undefined : blocking}
    >
      {blocked ? t("block.unblock") : t("block.block")}
      <span className="visually-hidden"> — {member.name}</span>
    </button>
  );

  const nameId = `member-${member.userId}`;
  return (
    <li className="member">
      <div className="member-who">
        <span id={nameId} className="member-name">
          {member.name}
        </span>
        {isMe && <span className="tag">{t("workspace.you")}</span>}
        {member.anonymous && <span className="tag">{t("workspace.anonymous")}</span>}
        {blocked && <span className="tag">{t("block.blocked")}</span>}
        {member.email && <span className="meta">{member.email}</span>}
      </div>
      {manageable ? (
        <div className="member-actions">
          <label className="visually-hidden" htmlFor={`role-${member.userId}`}>
            {t("workspace.roleOf", { name: member.name })}
          </label>
          <select
            id={`role-${member.userId}`}
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
          >
            {assignableRoles[myRole].map((value) => (
              <option key={value} value={value}>
                {t(`roles.${value}`)}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void changeRole()} disabled={busy || role === member.role}>
            {t("workspace.saveRole")}
            <span className="visually-hidden"> — {t("workspace.roleOf", { name: member.name })}</span>
          </button>
          <button type="button" className="danger" onClick={remove} disabled={busy}>
            {t("workspace.remove")}
            <span className="visually-hidden"> — {member.name}</span>
          </button>
          {blockButton}
        </div>
      ) : (
        <div className="member-actions">
          <span className="role">{t(`roles.${member.role}`)}</span>
          {blockButton}
          {isMe && (
            <button type="button" className="link-button" onClick={remove} disabled={busy}>
              {t("workspace.leave")}
            </button>
          )}
        </div>
      )}
      {blocking && (
        <BlockForm
          workspaceId={workspaceId}
          userId={member.userId}
          name={member.name}
          onDone={() => {
            setBlocking(false);
            setBlocked(true);
          }}
          onCancel={() => setBlocking(false)}
        />
      )}
    </li>
  );
}

export function MembersSection({
  workspaceId,
  workspaceName,
  myId,
  myRole,
  members,
  onChanged,
}: MembersSectionProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  return (
    <section aria-labelledby="members-title" className="card">
      <h2 id="members-title">{t("workspace.membersTitle")}</h2>
      <p className="meta">{t("workspace.membersCount", { count: members.length })}</p>
      <FormAlert error={error} />
      <ul className="member-list">
        {members.map((member) => (
          <MemberRow
            key={`${member.userId}-${member.role}`}
            workspaceId={workspaceId}
            workspaceName={workspaceName}
            myId={myId}
            myRole={myRole}
            member={member}
            onChanged={onChanged}
            onError={setError}
          />
        ))}
      </ul>
    </section>
  );
}
