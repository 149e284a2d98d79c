// The readable content of a plan, section by section: what sessions, history and exports read.

import type { ProseNode, SectionKind } from "../../contracts/plan-document.ts";
import type { PlanStore } from "../../db/stores/plan-store.ts";
import { AppError } from "../../errors.ts";
import { planLanguage } from "./plan-language.ts";
import type { PlanLanguage } from "./section-markdown.ts";

export interface PlanSectionContent {
  id: string;
  title: string;
  kind: SectionKind;
  position: number;
  markdown: string;
  /** The section body as a ProseMirror `doc`. */
  json: ProseNode;
  text: string;
  hash: string;
  /** The client's latest validation; `changedSince` when the section was edited after it. */
  validation: { by: string | null; at: Date; changedSince: boolean } | null;
}

export interface PlanContent {
  plan: { id: string; title: string; language: PlanLanguage; updatedAt: Date };
  sections: PlanSectionContent[];
}

/**
 * The plan's sections in reading order from the readable copy (removed sections left out), as last stored by the
 * editing server (a second or so behind the live document); throws not-found for a plan of another workspace.
 */
export async function readPlanContent(store: PlanStore, planId: string): Promise<PlanContent> {
  const plan = await store.plan(planId);
  if (!plan) throw new AppError("not-found", "This plan does not exist in this workspace.");
  const [rows, validations] = await Promise.all([store.sections(planId), store.validations(planId)]);
  const validated = new Map(validations.map((v) => [v.sectionId, v]));
  return {
    plan: {
      id: plan.id,
      title: plan.title,
      language: planLanguage(plan.language),
      updatedAt: plan.updatedAt,
    },
    sections: rows.map((row) => {
      const validation = validated.get(row.sectionId);
      return {
        id: row.sectionId,
        title: row.title,
        kind: row.kind as SectionKind,
        position: row.position ?? 0,
        markdown: row.markdown,
        json: JSON.parse(row.content) as ProseNode,
        text: row.text,
        hash: row.hash,
        validation: validation
          ? {
              by: validation.validatedBy,
              at: validation.validatedAt,
              changedSince: validation.hash !== row.hash,
            }
          : null,
      };
    }),
  };
}
