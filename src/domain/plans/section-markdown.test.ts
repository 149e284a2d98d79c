import { describe, expect, it } from "vitest";
import type { ProseNode } from "../../contracts/plan-document.ts";
import { sectionMarkdown, sectionText } from "./section-markdown.ts";

const doc = (...content: ProseNode[]): ProseNode => ({ type: "doc", content });
const t = (text: string, ...marks: string[]): ProseNode =>
  marks.length ? { type: "text", text, marks: marks.map((type) => ({ type })) } : { type: "text", text };

describe("a section as Markdown and text", () => {
  it("writes headings one level under the section's title, marks and links", () => {
    const body = doc(
      { type: "heading", attrs: { level: 1 }, content: [t("Diagnostic")] },
      {
        type: "paragraph",
        content: [
          t("La ville est "),
          t("peu", "bold"),
          t(" présente : "),
          {
            type: "text",
            text: "voir l'audit",
            marks: [{ type: "link", attrs: { href: "https://ex.org/a" } }],
          },
        ],
      },
    );
    expect(sectionMarkdown(body, "fr")).toBe(
      "### Diagnostic\n\nLa ville est **peu** présente : [voir l'audit](https://ex.org/a)",
    );
    expect(sectionText(body)).toBe("Diagnostic\nLa ville est peu présente : voir l'audit");
  });

  it("escapes what users type so it never becomes Markdown or HTML syntax", () => {
    const body = doc({ type: "paragraph", content: [t("<script>alert(1)</script> *pas* gras # | ok")] });
    expect(sectionMarkdown(body, "fr")).toBe("\\<script\\>alert(1)\\</script\\> \\*pas\\* gras \\# \\| ok");
  });

  it("writes nested and ordered lists", () => {
    const item = (text: string, ...more: ProseNode[]): ProseNode => ({
      type: "listItem",
      content: [{ type: "paragraph", content: [t(text)] }, ...more],
    });
    const body = doc({
      type: "orderedList",
      attrs: { start: 1 },
      content: [item("Écouter", { type: "bulletList", content: [item("Veille")] }), item("Répondre")],
    });
    expect(sectionMarkdown(body, "fr")).toBe("1. Écouter\n   - Veille\n2. Répondre");
  });

  it("writes the structured blocks with their labels in the plan's language, leaving empty fields out", () => {
    const body = doc(
      {
        type: "objective",
        attrs: {
          statement: "Faire connaître le marché du soir",
          kpi: "Part de voix",
          baseline: "4 %",
          target: "10 %",
          date: "2027-06-30",
        },
      },
      { type: "budgetLine", attrs: { item: "Affiches", amount: "1200", currency: "EUR", note: "" } },
      {
        type: "actionItem",
        attrs: { title: "Lancer la page", owner: "Service communication", date: "", status: "" },
      },
    );
    expect(sectionMarkdown(body, "fr")).toBe(
      [
        "**Objectif : Faire connaître le marché du soir**",
        "Indicateur : Part de voix · Point de départ : 4 % · Cible : 10 % · Échéance : 2027-06-30",
        "",
        "**Budget : Affiches** — 1200 EUR",
        "",
        "**Action : Lancer la page**",
        "Porteur : Service communication",
      ].join("\n"),
    );
    expect(sectionMarkdown(body, "en")).toContain("KPI: Part de voix · Baseline: 4 %");
    expect(sectionText(body).split("\n")[0]).toBe(
      "Faire connaître le marché du soir · Part de voix · 4 % · 10 % · 2027-06-30",
    );
  });

  it("gives an empty section empty Markdown and text", () => {
    expect(sectionMarkdown(doc(), "fr")).toBe("");
    expect(sectionMarkdown(doc({ type: "paragraph" }), "fr")).toBe("");
    expect(sectionText(doc({ type: "paragraph" }))).toBe("");
  });
});
