// The plan API's shapes for the web app, derived from the server's contracts.
import type { Static } from "@sinclair/typebox";
import type { Plan, PlanContentResponse } from "../../../src/contracts/plans.ts";
import type { Role } from "../../api/types.ts";

export type PlanData = Static<typeof Plan>;
export type PlanContentData = Static<typeof PlanContentResponse>;
export type PlanSectionData = PlanContentData["sections"][number];

/** Plans are the organization's strategy with its consultant: owners, managers and guests (the client). */
export const canReadPlans = (role: Role): boolean =>
  role === "owner" || role === "manager" || role === "guest";
/** Owners and managers start, rename and delete plans. */
export const canManagePlans = (role: Role): boolean => role === "owner" || role === "manager";
