import { describe, expect, it } from "vitest";
import { sectionKinds } from "../../contracts/plan-document.ts";
import { buildPlanDocument, readSections } from "./plan-document.ts";
import { planTemplate } from "./plan-template.ts";
import { sectionMarkdown, sectionText } from "./section-markdown.ts";

describe("the communication-plan template", () => {
  it("holds the ten sections of a communication plan in order, in French and in English", () => {
    for (const language of ["fr", "en"] as const) {
      expect(planTemplate(language).map((s) => s.kind)).toEqual(sectionKinds.filter((k) => k !== "custom"));
    }
    expect(planTemplate("fr").map((s) => s.title)).toContain("Charte des médias sociaux et gouvernance");
    expect(planTemplate("en").map((s) => s.title)).toContain("Social-media charter and governance");
  });

  it("says that not being on social media is a valid answer, and asks the three questions first", () => {
    const questions = planTemplate("fr").find((s) => s.kind === "questions");
    const text = sectionText(questions?.content ?? { type: "doc" });
    expect(text).toContain("« Nous n'avons pas besoin d'y être » est une réponse valable");
    expect(text).toMatch(/Que vont nous apporter les médias sociaux/);
    expect(text).toMatch(/objectifs internes/);
    expect(text).toMatch(/moyens humains et matériels/);
  });

  it("gives each objective its KPI, baseline, target and date fields", () => {
    const objectives = planTemplate("en").find((s) => s.kind === "objectives");
    const block = objectives?.content.content?.find((n) => n.type === "objective");
    expect(Object.keys(block?.attrs ?? {})).toEqual(["statement", "kpi", "baseline", "target", "date"]);
  });

  it("gives every section a distinct id in each new plan", () => {
    const ids = [...planTemplate("fr"), ...planTemplate("fr")].map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("survives the trip through a Yjs document unchanged", () => {
    const sections = planTemplate("fr");
    const doc = buildPlanDocument(sections, "2026-12-07T10:00:00.000Z");
    const { sections: read, removed } = readSections(doc);
    expect(removed).toEqual([]);
    expect(read).toEqual(sections);
  });

  it("writes the template's table and structured blocks as Markdown", () => {
    const sections = planTemplate("fr");
    const channels = sections.find((s) => s.kind === "channels");
    expect(sectionMarkdown(channels?.content ?? { type: "doc" }, "fr")).toContain(
      "| Canal | Public | Rôle | Fréquence | Animé par |\n| --- | --- | --- | --- | --- |",
    );
  });
});
