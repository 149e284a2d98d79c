import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ExportSection } from "../../domain/plans/export-document-shape.ts";
import { pdfDestinationPages } from "./pdf-destinations.ts";
import { fixturePlan } from "./plan-export-fixture.ts";
import { planPdf } from "./plan-pdf.ts";

/** A section of `paragraphs` long paragraphs (about ten make a page). */
function longSection(id: string, title: string, paragraphs: number): ExportSection {
  const text =
    "Le marché du samedi réunit producteurs, habitants et associations autour de la place. ".repeat(8);
  return {
    id,
    title,
    markdown: "",
    json: {
      type: "doc",
      content: Array.from({ length: paragraphs }, () => ({
        type: "paragraph",
        content: [{ type: "text", text }],
      })),
    },
  };
}

describe("the PDF's table of contents", () => {
  it("gives each section the page it starts on, sections several pages long", async () => {
    const doc = fixturePlan({
      sections: [
        longSection("a", "Contexte et diagnostic", 25),
        longSection("b", "Objectifs", 3),
        longSection("c", "Publics", 18),
      ],
    });
    const dir = mkdtempSync(join(tmpdir(), "cocrea-toc-"));
    const path = join(dir, "plan.pdf");
    writeFileSync(path, await planPdf(doc));
    const pages = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" }).split("\f");
    const toc = pages[0] ?? "";
    const numbers = ["Contexte et diagnostic", "Objectifs", "Publics", "Annexe : sessions de travail"].map(
      (title) => {
        const line = toc.split("\n").find((l) => /^\s*\d+\.\s/.test(l) && l.includes(title)) ?? "";
        return Number(/(\d+)\s*$/.exec(line)?.[1]);
      },
    );
    // Each heading is at the top of the page the contents name, and the sections really run over several pages.
    for (const [index, title] of ["Contexte et diagnostic", "Objectifs", "Publics"].entries()) {
      const page = pages[(numbers[index] ?? 0) - 1] ?? "";
      expect(page.trim().startsWith(title), `${title} on page ${numbers[index]}`).toBe(true);
    }
    expect((pages[(numbers[3] ?? 0) - 1] ?? "").trim().startsWith("Annexe")).toBe(true);
    expect(numbers[0]).toBe(2);
    expect((numbers[1] ?? 0) - (numbers[0] ?? 0)).toBeGreaterThanOrEqual(3);
    expect((numbers[3] ?? 0) - (numbers[2] ?? 0)).toBeGreaterThanOrEqual(2);
    execFileSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", path, join(dir, "contents")]);
  }, 90_000);
});

describe("pdfDestinationPages", () => {
  it("reads named destinations through a nested page tree, decoding escaped names", () => {
    const pdf = [
      "%PDF-1.7",
      "1 0 obj",
      "<</Type /Catalog /Dests 9 0 R /MarkInfo <</Marked true>> /Pages 2 0 R>>",
      "endobj",
      "2 0 obj",
      "<</Type /Pages /Count 3 /Kids [3 0 R 6 0 R]>>",
      "endobj",
      "3 0 obj",
      "<</Type /Pages /Count 2 /Parent 2 0 R /Kids [4 0 R 5 0 R]>>",
      "endobj",
      "4 0 obj",
      "<</Type /Page /Parent 3 0 R>>",
      "endobj",
      "5 0 obj",
      "<</Type /Page /Parent 3 0 R>>",
      "endobj",
      "6 0 obj",
      "<</Type /Page /Parent 2 0 R /Contents 7 0 R>>",
      "endobj",
      "9 0 obj",
      "<</section-1 [5 0 R /XYZ 0 842 0]\n/annex#2Dend [6 0 R /XYZ 0 842 0]>>",
      "endobj",
    ].join("\n");
    expect(pdfDestinationPages(Buffer.from(pdf, "latin1"))).toEqual(
      new Map([
        ["section-1", 2],
        ["annex-end", 3],
      ]),
    );
  });

  it("gives nothing for a PDF without named destinations", () => {
    expect(
      pdfDestinationPages(Buffer.from("%PDF-1.7\n1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj")),
    ).toEqual(new Map());
  });
});
