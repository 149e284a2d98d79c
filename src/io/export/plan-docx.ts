// The plan as an editable Word file: real Heading 1–4 styles (the table of contents and the navigation pane use them),
// real tables with set column widths (auto widths collapse in Word), lists, links, and page numbers in the footer.
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import {
  type AnnexSession,
  attr,
  type ExportDocument,
  type RichNode,
  textOf,
} from "../../domain/plans/export-document-shape.ts";
import { formatDate, labelsOf, type PlanLabels } from "./plan-labels.ts";

/** A4 width minus 2 × 18 mm margins, in twentieths of a point (DXA). */
const textWidth = 9864;
const headings = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;
const heading = (level: number) => headings[Math.min(5, Math.max(0, level - 1))] ?? HeadingLevel.HEADING_6;

type Block = Paragraph | Table;

/** Writes `doc` as a .docx file. */
export async function planDocx(doc: ExportDocument): Promise<Buffer> {
  const l = labelsOf(doc.language);
  const children: Array<Block | TableOfContents> = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [new TextRun({ text: formatDate(doc, doc.generatedAt, true), italics: true })],
    }),
    ...changesBlocks(doc, l),
    // Not a heading style: the table of contents would list itself.
    new Paragraph({
      children: [new TextRun({ text: l.contents, bold: true, size: 32 })],
      pageBreakBefore: true,
    }),
    new TableOfContents(l.contents, { hyperlink: true, headingStyleRange: "1-2" }),
  ];
  if (doc.sections.length === 0) children.push(new Paragraph(l.emptyPlan));
  for (const section of doc.sections) {
    children.push(
      new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    );
    const body = blocksOf(section.json.content ?? [], l, 0);
    children.push(
      ...(body.length > 0
        ? body
        : [new Paragraph({ children: [new TextRun({ text: l.emptySection, italics: true })] })]),
    );
  }
  if (doc.annex) children.push(...annexBlocks(doc, doc.annex, l));
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ children: [`${l.page} `, PageNumber.CURRENT, ` ${l.of} `, PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
  const document = new Document({
    title: doc.title,
    creator: "Cocrea",
    styles: {
      default: { document: { run: { language: { value: doc.language === "en" ? "en-GB" : "fr-FR" } } } },
    },
    features: { updateFields: true },
    numbering: {
      config: [
        {
          reference: "ordered",
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { left: 1021, right: 1021, top: 1247, bottom: 1134 },
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

function changesBlocks(doc: ExportDocument, l: PlanLabels): Paragraph[] {
  if (!doc.changes) return [];
  const out = [
    new Paragraph({ children: [new TextRun({ text: l.changesTitle, bold: true, size: 26 })] }),
    new Paragraph(`${l.changesSince} ${formatDate(doc, doc.changes.since)}`),
  ];
  if (doc.changes.lines.length === 0) out.push(new Paragraph(l.noChange));
  for (const c of doc.changes.lines)
    out.push(new Paragraph({ text: `${c.title} : ${l.change[c.change]}`, bullet: { level: 0 } }));
  return out;
}

function blocksOf(nodes: RichNode[], l: PlanLabels, depth: number, ordered?: number): Block[] {
  return nodes.flatMap((node) => blockOf(node, l, depth, ordered));
}

let listInstance = 0;

function blockOf(node: RichNode, l: PlanLabels, depth: number, ordered?: number): Block[] {
  switch (node.type) {
    case "paragraph":
      return [new Paragraph({ children: runs(node.content ?? []) })];
    case "heading":
      return [
        new Paragraph({
          children: runs(node.content ?? []),
          heading: heading(Number(node.attrs?.level ?? 1) + 1),
        }),
      ];
    case "bulletList":
      return (node.content ?? []).flatMap((item) => listItem(item, l, depth, undefined));
    case "orderedList": {
      const instance = ++listInstance;
      return (node.content ?? []).flatMap((item) => listItem(item, l, depth, instance));
    }
    case "blockquote":
      return blocksOf(node.content ?? [], l, depth);
    case "codeBlock":
      return [new Paragraph({ children: [new TextRun({ text: textOf(node), font: "Courier New" })] })];
    case "horizontalRule":
      return [new Paragraph({ children: [new PageBreak()] })];
    case "table":
      return [tableOf(node, l)];
    case "image":
      return [
        new Paragraph({
          children: [
            new TextRun({
              text: `[${l.image}${attr(node, "alt") ? ` : ${attr(node, "alt")}` : ""}]`,
              italics: true,
            }),
          ],
        }),
      ];
    case "objective":
      return [
        facts([
          [l.objective, attr(node, "statement")],
          [l.kpi, attr(node, "kpi")],
          [l.baseline, attr(node, "baseline")],
          [l.target, attr(node, "target")],
          [l.date, attr(node, "date")],
        ]),
      ];
    case "budgetLine":
      return [
        facts([
          [l.budgetItem, attr(node, "item")],
          [l.amount, [attr(node, "amount"), attr(node, "currency")].filter(Boolean).join(" ")],
          [l.note, attr(node, "note")],
        ]),
      ];
    case "action":
      return [
        facts([
          [l.action, attr(node, "title")],
          [l.owner, attr(node, "owner")],
          [l.date, attr(node, "date")],
          [l.status, attr(node, "status")],
        ]),
      ];
    default:
      return node.content ? blocksOf(node.content, l, depth, ordered) : [];
  }
}

function listItem(item: RichNode, l: PlanLabels, depth: number, ordered: number | undefined): Block[] {
  const level = Math.min(2, depth);
  return (item.content ?? []).flatMap((child, index) => {
    if (child.type === "paragraph" && index === 0) {
      return [
        new Paragraph({
          children: runs(child.content ?? []),
          ...(ordered
            ? { numbering: { reference: "ordered", level, instance: ordered } }
            : { bullet: { level } }),
        }),
      ];
    }
    return blockOf(child, l, depth + 1);
  });
}

function tableOf(node: RichNode, l: PlanLabels): Table {
  const rows = (node.content ?? []).filter((r) => r.type === "tableRow");
  const columns = Math.max(1, ...rows.map((r) => (r.content ?? []).length));
  const width = Math.floor(textWidth / columns);
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => width),
    rows: rows.map(
      (row) =>
        new TableRow({
          children: (row.content ?? []).map((cell) => {
            const content = blocksOf(cell.content ?? [], l, 0).filter(
              (b): b is Paragraph => b instanceof Paragraph,
            );
            return new TableCell({
              width: { size: width, type: WidthType.DXA },
              columnSpan: Number(cell.attrs?.colspan ?? 1) || 1,
              shading: cell.type === "tableHeader" ? { fill: "EEF2F6" } : undefined,
              children: content.length > 0 ? content : [new Paragraph("")],
            });
          }),
        }),
    ),
  });
}

function facts(rows: Array<[string, string]>): Table {
  const shown = rows.filter(([, value]) => value !== "");
  const label = Math.round(textWidth * 0.32);
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [label, textWidth - label],
    rows: shown.map(
      ([name, value]) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: label, type: WidthType.DXA },
              shading: { fill: "EEF2F6" },
              children: [new Paragraph({ children: [new TextRun({ text: name, bold: true })] })],
            }),
            new TableCell({
              width: { size: textWidth - label, type: WidthType.DXA },
              children: [new Paragraph(value)],
            }),
          ],
        }),
    ),
  });
}

function runs(nodes: RichNode[]): ParagraphChild[] {
  return nodes.map((node) => {
    if (node.type === "hardBreak") return new TextRun({ text: "", break: 1 });
    const marks = new Set((node.marks ?? []).map((m) => m.type));
    const run = new TextRun({
      text: node.type === "text" ? (node.text ?? "") : textOf(node),
      bold: marks.has("bold") || undefined,
      italics: marks.has("italic") || undefined,
      strike: marks.has("strike") || undefined,
      font: marks.has("code") ? "Courier New" : undefined,
    });
    const href = String(node.marks?.find((m) => m.type === "link")?.attrs?.href ?? "");
    return /^(https?:|mailto:)/i.test(href) ? new ExternalHyperlink({ link: href, children: [run] }) : run;
  });
}

function annexBlocks(doc: ExportDocument, sessions: AnnexSession[], l: PlanLabels): Block[] {
  const out: Block[] = [
    new Paragraph({ text: l.annex, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
  ];
  if (sessions.length === 0) out.push(new Paragraph(l.noSession));
  const bullets = (title: string, items: string[]) =>
    items.length === 0
      ? []
      : [
          new Paragraph({ text: title, heading: HeadingLevel.HEADING_3 }),
          ...items.map((text) => new Paragraph({ text, bullet: { level: 0 } })),
        ];
  for (const s of sessions) {
    out.push(
      new Paragraph({
        text: `${s.title} — ${formatDate(doc, s.scheduledAt, true)}`,
        heading: HeadingLevel.HEADING_2,
      }),
    );
    if (s.attendees.length > 0) out.push(new Paragraph(`${l.attendees} : ${s.attendees.join(", ")}`));
    out.push(
      ...bullets(
        l.agenda,
        s.agenda.map((a) => `${a.title} (${a.durationMinutes} ${l.minutes})`),
      ),
      ...bullets(
        l.decisions,
        s.decisions.map((d) =>
          [
            d.statement,
            d.chosenOption ? `${l.option} : ${d.chosenOption}` : "",
            d.options.length > 0 ? `${l.considered} : ${d.options.join(" / ")}` : "",
            d.carriedBy ? `${l.carriedBy} : ${d.carriedBy}` : "",
            d.reviewOn ? `${l.reviewOn} ${formatDate(doc, d.reviewOn)}` : "",
          ]
            .filter(Boolean)
            .join(" — "),
        ),
      ),
      ...bullets(
        l.paths,
        s.paths.map(
          (p) => `${p.title} (${l.pathStatus[p.status]})${p.reason ? ` — ${l.why} : ${p.reason}` : ""}`,
        ),
      ),
      ...bullets(
        l.urgentNeeds,
        s.urgentNeeds.map((n) => `${formatDate(doc, n.metOn)} — ${n.need} → ${n.response}`),
      ),
      ...bullets(
        l.deliverables,
        s.deliverables.map((d) => `${d.title} (${l.deliverableStatus[d.status] ?? d.status})`),
      ),
    );
  }
  return out;
}
