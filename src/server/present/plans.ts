// Plans as the API shows them.
import type { PlanRow } from "../../db/stores/plan-store.ts";
import { planLanguage } from "../../domain/plans/plan-language.ts";
import type { PlanContent } from "../../domain/plans/read-plan-content.ts";

export function presentPlan(plan: PlanRow) {
  return {
    id: plan.id,
    title: plan.title,
    language: planLanguage(plan.language),
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
  };
}

export function presentPlanSections(content: PlanContent) {
  return content.sections.map((section) => ({
    id: section.id,
    title: section.title,
    kind: section.kind,
    position: section.position,
    markdown: section.markdown,
    text: section.text,
    validation: section.validation
      ? {
          by: section.validation.by,
          at: section.validation.at.toISOString(),
          changedSince: section.validation.changedSince,
        }
      : null,
  }));
}
