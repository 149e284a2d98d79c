import { describe, expect, it } from "vitest";
import { runAudit } from "../../analysis/listening/run-audit.ts";
import { auditHtml, escapeHtml } from "./audit-html.ts";

describe("auditHtml", () => {
  it("escapes every user text: names, quotes, keywords", () => {
    const mentions = Array.from({ length: 12 }, (_, i) => ({
      id: String(i),
      text: `<script>alert(${i})</script> Nantes & "tram" <img src=x onerror=alert(1)>`,
      date: Date.UTC(2026, 0, 1 + i),
    }));
    const result = runAudit(mentions, {
      brand: { name: "<b>Nantes</b>", query: "nantes" },
      competitors: [],
      language: "fr",
    });
    const html = auditHtml(result, "Audit <i>x</i>");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>Nantes</b>");
    expect(html).toContain("&lt;b&gt;Nantes&lt;/b&gt;");
    expect(html).toContain("<title>Audit &lt;i&gt;x&lt;/i&gt;</title>");
  });

  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
});
