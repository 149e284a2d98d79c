import { describe, expect, it } from "vitest";
import { AppError } from "../errors.ts";
import { actions, assertCan, assertCanAssign, can, roles } from "./permissions.ts";

describe("permissions", () => {
  it("lets owners do everything", () => {
    for (const action of actions) expect(can("owner", action)).toBe(true);
  });

  it("lets every role read its workspace, members and live events", () => {
    for (const role of roles) {
      expect(can(role, "workspace.read")).toBe(true);
      expect(can(role, "members.read")).toBe(true);
      expect(can(role, "live.subscribe")).toBe(true);
    }
  });

  it("keeps workspace settings and deletion to owners", () => {
    for (const role of roles.filter((r) => r !== "owner")) {
      expect(can(role, "workspace.update")).toBe(false);
      expect(can(role, "workspace.delete")).toBe(false);
    }
  });

  it("lets managers invite and manage members, but not moderators, participants or guests", () => {
    expect(can("manager", "members.invite")).toBe(true);
    expect(can("manager", "members.manage")).toBe(true);
    for (const role of ["moderator", "participant", "guest"] as const) {
      expect(can(role, "members.invite")).toBe(false);
      expect(can(role, "members.manage")).toBe(false);
    }
  });

  it("makes owners and managers the contest's jury, and nobody else", () => {
    expect(roles.filter((role) => can(role, "contest.judge"))).toEqual(["owner", "manager"]);
  });

  it("shows plans to owners, managers and guests (the client), never to participants or moderators", () => {
    for (const action of ["plan.read", "plan.edit", "plan.validate"] as const) {
      expect(roles.filter((role) => can(role, action))).toEqual(["owner", "manager", "guest"]);
    }
    expect(roles.filter((role) => can(role, "plan.manage"))).toEqual(["owner", "manager"]);
  });

  it("lets owners, managers and guests read a listening project, and only owners and managers change it", () => {
    expect(roles.filter((role) => can(role, "listening.read"))).toEqual(["owner", "manager", "guest"]);
    expect(roles.filter((role) => can(role, "listening.manage"))).toEqual(["owner", "manager"]);
  });

  it("answers not-found to a non-member, so a workspace's existence does not leak", () => {
    expect(() => assertCan(undefined, "workspace.read")).toThrowError(
      expect.objectContaining({ code: "not-found" }) as unknown as Error,
    );
  });

  it("answers forbidden to a member whose role does not allow the action", () => {
    try {
      assertCan("participant", "members.invite");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("forbidden");
    }
  });

  it("never lets a manager grant owner or manager", () => {
    expect(() => assertCanAssign("manager", "owner")).toThrow(AppError);
    expect(() => assertCanAssign("manager", "manager")).toThrow(AppError);
    expect(() => assertCanAssign("manager", "guest")).not.toThrow();
    expect(() => assertCanAssign("owner", "owner")).not.toThrow();
  });

  it("keeps the brief and timeline of challenges to owners and managers", () => {
    expect(can("owner", "challenge.manage")).toBe(true);
    expect(can("manager", "challenge.manage")).toBe(true);
    for (const role of ["moderator", "participant", "guest"] as const) {
      expect(can(role, "challenge.manage")).toBe(false);
    }
  });

  it("lets every role read challenges, comment and follow ideas", () => {
    for (const role of roles) {
      expect(can(role, "challenge.read")).toBe(true);
      expect(can(role, "comment.post")).toBe(true);
      expect(can(role, "idea.follow")).toBe(true);
    }
  });

  it("leaves submitting, supporting and reacting to the public, not to guests (the organization's client)", () => {
    for (const role of ["owner", "manager", "moderator", "participant"] as const) {
      expect(can(role, "idea.submit")).toBe(true);
      expect(can(role, "idea.support")).toBe(true);
      expect(can(role, "idea.react")).toBe(true);
    }
    expect(can("guest", "idea.submit")).toBe(false);
    expect(can("guest", "idea.support")).toBe(false);
    expect(can("guest", "idea.react")).toBe(false);
  });

  it("lets moderators, managers and owners moderate, and nobody else", () => {
    for (const role of ["owner", "manager", "moderator"] as const)
      expect(can(role, "content.moderate")).toBe(true);
    for (const role of ["participant", "guest"] as const) expect(can(role, "content.moderate")).toBe(false);
  });
});
