// A section's ProseMirror JSON as Markdown and as plain text: the readable copy for search, diff and export (pure).
import type { ProseNode } from "../../contracts/plan-document.ts";

export type PlanLanguage = "fr" | "en";

/** Labels of the structured blocks' fields, per language. */
const labels = {
  fr: {
    objective: "Objectif",
    kpi: "Indicateur",
    baseline: "Point de départ",
    target: "Cible",
    date: "Échéance",
    budgetLine: "Budget",
    amount: "Montant",
    note: "Note",
    actionItem: "Action",
    owner: "Porteur",
    status: "Statut",
  },
  en: {
    objective: "Objective",
    kpi: "KPI",
    baseline: "Baseline",
    target: "Target",
    date: "Date",
    budgetLine: "Budget",
    amount: "Amount",
    note: "Note",
    actionItem: "Action",
    owner: "Owner",
    status: "Status",
  },
} as const;

/** Escapes the characters that would otherwise start Markdown syntax inside a run of text. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, "\\$1");
}

function attr(node: ProseNode, name: string): string {
  const value = node.attrs?.[name];
  return typeof value === "string" || typeof value === "number" ? String(value).trim() : "";
}

function inline(nodes: readonly ProseNode[] | undefined): string {
  let out = "";
  for (const node of nodes ?? []) {
    if (node.type === "hardBreak") out += "  \n";
    else if (node.type === "image") out += `![${escapeMarkdown(attr(node, "alt"))}](${attr(node, "src")})`;
    else if (node.type === "text") {
      let text = escapeMarkdown(node.text ?? "");
      for (const mark of node.marks ?? []) {
        if (mark.type === "bold") text = `**${text}**`;
        else if (mark.type === "italic") text = `*${text}*`;
        else if (mark.type === "strike") text = `~~${text}~~`;
        else if (mark.type === "code") text = `\`${node.text ?? ""}\``;
        else if (mark.type === "link") text = `[${text}](${String(mark.attrs?.href ?? "")})`;
      }
      out += text;
    } else out += inline(node.content);
  }
  return out;
}

/** The fields of a structured block, "Label : value" joined, empty ones left out. */
function fields(node: ProseNode, names: readonly string[], language: PlanLanguage): string {
  const l = labels[language] as Record<string, string>;
  const sep = language === "fr" ? " : " : ": ";
  return names
    .map((name) => [l[name] ?? name, attr(node, name)] as const)
    .filter(([, value]) => value !== "")
    .map(([label, value]) => `${label}${sep}${escapeMarkdown(value)}`)
    .join(" · ");
}

function block(node: ProseNode, language: PlanLanguage, indent: string): string[] {
  const l = labels[language];
  const sep = language === "fr" ? " : " : ": ";
  switch (node.type) {
    case "paragraph":
      return [indent + inline(node.content)];
    case "heading": {
      const level = Math.min(Math.max(Number(node.attrs?.level ?? 2), 1), 6);
      // Section titles are level 2 in a plan's Markdown: a heading inside a section starts at level 3.
      return [`${"#".repeat(Math.min(level + 2, 6))} ${inline(node.content)}`];
    }
    case "bulletList":
    case "orderedList":
      return (node.content ?? []).flatMap((item, i) => {
        const marker = node.type === "bulletList" ? "- " : `${Number(node.attrs?.start ?? 1) + i}. `;
        const lines = (item.content ?? []).flatMap((child) => block(child, language, "").filter(Boolean));
        return lines.map((line, j) => (j === 0 ? `${indent}${marker}${line}` : `${indent}   ${line}`));
      });
    case "blockquote":
      return (node.content ?? []).flatMap((child) => block(child, language, "").map((line) => `> ${line}`));
    case "codeBlock":
      return ["```", (node.content ?? []).map((t) => t.text ?? "").join(""), "```"];
    case "horizontalRule":
      return ["---"];
    case "table": {
      const rows = (node.content ?? []).map((row) =>
        (row.content ?? []).map((cell) =>
          (cell.content ?? [])
            .map((child) => inline(child.content))
            .join(" ")
            .replace(/\n/g, " "),
        ),
      );
      if (rows.length === 0) return [];
      const width = Math.max(...rows.map((r) => r.length));
      const line = (cells: string[]) =>
        `| ${Array.from({ length: width }, (_, i) => cells[i] ?? "").join(" | ")} |`;
      return [line(rows[0] ?? []), line(Array(width).fill("---")), ...rows.slice(1).map(line)];
    }
    case "image":
      return [inline([node])];
    case "objective":
      return [
        `**${l.objective}${sep}${escapeMarkdown(attr(node, "statement"))}**`,
        fields(node, ["kpi", "baseline", "target", "date"], language),
      ].filter(Boolean);
    case "budgetLine":
      return [
        `**${l.budgetLine}${sep}${escapeMarkdown(attr(node, "item"))}** — ${[attr(node, "amount"), attr(node, "currency")].filter(Boolean).join(" ")}${attr(node, "note") ? ` (${escapeMarkdown(attr(node, "note"))})` : ""}`,
      ];
    case "actionItem":
      return [
        `**${l.actionItem}${sep}${escapeMarkdown(attr(node, "title"))}**`,
        fields(node, ["owner", "date", "status"], language),
      ].filter(Boolean);
    default:
      return node.content ? (node.content ?? []).flatMap((child) => block(child, language, indent)) : [];
  }
}

/** A section body (a ProseMirror `doc`) as Markdown, blocks separated by a blank line. */
export function sectionMarkdown(doc: ProseNode, language: PlanLanguage): string {
  return (doc.content ?? [])
    .map((node) => block(node, language, "").join("\n"))
    .filter((text) => text.trim() !== "")
    .join("\n\n");
}

/** A section body as plain text, one block a line: what search indexes. */
export function sectionText(doc: ProseNode): string {
  const lines: string[] = [];
  const walk = (node: ProseNode, line: string[]): void => {
    if (node.type === "text") {
      line.push(node.text ?? "");
      return;
    }
    const values = Object.values(node.attrs ?? {}).filter(
      (v): v is string =>
        typeof v === "string" && v !== "" && node.type !== "image" && node.type !== "heading",
    );
    if (node.type === "objective" || node.type === "budgetLine" || node.type === "actionItem") {
      lines.push(values.join(" · "));
      return;
    }
    if (node.type === "hardBreak") {
      line.push(" ");
      return;
    }
    const inlineParent = (node.content ?? []).some((c) => c.type === "text" || c.type === "hardBreak");
    if (inlineParent) {
      const own: string[] = [];
      for (const child of node.content ?? []) walk(child, own);
      lines.push(own.join(""));
    } else for (const child of node.content ?? []) walk(child, line);
  };
  walk(doc, []);
  return lines
    .map((l) => l.trim())
    .filter(Boolean)
    .join("\n");
}
