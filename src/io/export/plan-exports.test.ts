import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planDocx } from "./plan-docx.ts";
import { fixturePlan } from "./plan-export-fixture.ts";
import { planHtml } from "./plan-html.ts";
import { planMarkdown } from "./plan-markdown.ts";
import { planPdf } from "./plan-pdf.ts";

const empty = () => fixturePlan({ sections: [], changes: null, annex: null });

/** Writes `bytes` to a fresh folder (kept, so the pages can be looked at) and returns the file's path. */
function saved(name: string, bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "cocrea-export-"));
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe("Markdown export", () => {
  it("writes sections under their titles with their headings one level down, the changes and the annex", () => {
    const md = planMarkdown(fixturePlan());
    expect(md).toMatch(/^# Plan de communication — Marché de Lumbres\n/);
    expect(md).toContain("## Contexte et diagnostic\n\n### Ce que disent les habitants");
    expect(md).toContain("> - Objectifs : modifiée");
    expect(md).toContain("## Évaluation\n\n_Section vide._");
    expect(md).toContain(
      "- Une application mobile (abandonnée) — Pourquoi : Trop coûteuse pour un premier pas",
    );
    expect(md).toContain("- **Viser les familles d'abord** — Option retenue : Familles");
    expect(md).toContain("1 mars 2027"); // the review date, in French
  });

  it("exports an empty plan cleanly", () => {
    expect(planMarkdown(empty())).toContain("Ce plan n'a pas encore de section.");
  });
});

describe("HTML for print", () => {
  it("escapes the plan's text and keeps only web links", () => {
    const html = planHtml(fixturePlan());
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain('<a href="https://example.org/enquete">');
    const hostile = fixturePlan({
      sections: [
        {
          id: "x",
          title: "<img src=x onerror=alert(1)>",
          markdown: "",
          json: {
            type: "doc",
            content: [
              {
                type: "paragraph",
                content: [
                  {
                    type: "text",
                    text: "clic",
                    marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }],
                  },
                ],
              },
            ],
          },
        },
      ],
    });
    const out = planHtml(hostile);
    expect(out).not.toContain("javascript:");
    expect(out).not.toContain("<img");
  });
});

describe("DOCX export", () => {
  it("writes real heading styles, a table of contents field, tables with set widths and page numbers", async () => {
    const path = saved("plan.docx", await planDocx(fixturePlan()));
    const xml = execFileSync("unzip", ["-p", path, "word/document.xml"], { encoding: "utf8" });
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*Contexte et diagnostic/s);
    expect(xml).toMatch(
      /<w:pStyle w:val="Heading3"\/><\/w:pPr><w:r><w:t xml:space="preserve">Ce que disent les habitants/,
    );
    expect(xml).toContain("TOC \\h \\o &quot;1-2&quot;");
    expect(xml).toMatch(/<w:pStyle w:val="TOC1"\/>.*Contexte et diagnostic/s);
    expect(xml).toMatch(/<w:tbl>.*Familles.*Instagram.*<\/w:tbl>/s);
    expect(xml).toMatch(/<w:gridCol w:w="4932"\/>/);
    expect(xml).toContain("Faire venir les familles au marché");
    expect(xml).toContain("Trop coûteuse pour un premier pas");
    expect(xml).toContain("&lt;script&gt;");
    const footer = execFileSync("unzip", ["-p", path, "word/footer1.xml"], { encoding: "utf8" });
    expect(footer).toContain("PAGE");
    expect(footer).toContain("NUMPAGES");
  });

  it("exports an empty plan cleanly", async () => {
    const path = saved("empty.docx", await planDocx(empty()));
    const xml = execFileSync("unzip", ["-p", path, "word/document.xml"], { encoding: "utf8" });
    expect(xml).toContain("Ce plan n&apos;a pas encore de section.");
  });
});

describe("PDF export", () => {
  it("prints a cover with the table of contents, one page per section and the annex, numbered", async () => {
    const path = saved("plan.pdf", await planPdf(fixturePlan()));
    const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
    const pages = text.split("\f").filter((page) => page.trim() !== "");
    expect(pages.length).toBe(5); // cover and contents, three sections, annex
    expect(pages[0]).toContain("Table des matières");
    expect(pages[0]).toContain("Ce qui a changé depuis le dernier envoi");
    expect(pages[1]).toContain("Contexte et diagnostic");
    expect(pages[2]).toMatch(/Part de voix/);
    expect(pages[4]).toContain("Trop coûteuse pour un premier pas");
    for (const [i, page] of pages.entries()) expect(page).toContain(`Page ${i + 1} sur 5`);
    execFileSync("pdftoppm", ["-png", "-r", "50", path, join(path, "..", "page")]);
    expect(readdirSync(join(path, "..")).filter((f) => f.endsWith(".png"))).toHaveLength(5);
  }, 60_000);

  it("prints an empty plan as one page saying so", async () => {
    const path = saved("empty.pdf", await planPdf(empty()));
    const text = execFileSync("pdftotext", [path, "-"], { encoding: "utf8" });
    expect(text).toContain("Ce plan n'a pas encore de section.");
    expect(text.split("\f").filter((page) => page.trim() !== "")).toHaveLength(1);
  }, 60_000);

  it("names Debian's chromium package when the browser is missing", async () => {
    await expect(planPdf(empty(), "/nonexistent/chromium")).rejects.toMatchObject({
      code: "export-unavailable",
      message: expect.stringContaining("chromium"),
    });
  });
});
