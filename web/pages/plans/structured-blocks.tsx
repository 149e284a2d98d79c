// The plan's structured blocks as Tiptap nodes: an objective (KPI, baseline, target, date), a budget line, an action.
import { mergeAttributes, Node } from "@tiptap/core";
import { type NodeViewProps, NodeViewWrapper, ReactNodeViewRenderer } from "@tiptap/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { type StructuredBlock, structuredBlocks } from "../../../src/contracts/plan-document.ts";

/** Inputs of a field: dates as date pickers, amounts as numbers, the rest as text. */
const inputType = (field: string) => (field === "date" ? "date" : field === "amount" ? "number" : "text");

function BlockView({ node, updateAttributes, editor }: NodeViewProps) {
  const { t } = useTranslation();
  const id = useId();
  const type = node.type.name as StructuredBlock;
  return (
    <NodeViewWrapper className={`plan-block plan-block-${type}`} data-block={type}>
      <fieldset contentEditable={false}>
        <legend>{t(`plans.blocks.${type}`)}</legend>
        <div className="plan-block-fields">
          {structuredBlocks[type].map((field) => (
            <label key={field} htmlFor={`${id}-${field}`}>
              <span>{t(`plans.fields.${field}`)}</span>
              <input
                id={`${id}-${field}`}
                type={inputType(field)}
                value={String(node.attrs[field] ?? "")}
                readOnly={!editor.isEditable}
                onChange={(event) => updateAttributes({ [field]: event.target.value })}
              />
            </label>
          ))}
        </div>
      </fieldset>
    </NodeViewWrapper>
  );
}

function blockNode(type: StructuredBlock) {
  return Node.create({
    name: type,
    group: "block",
    atom: true,
    draggable: true,
    addAttributes() {
      return Object.fromEntries(structuredBlocks[type].map((field) => [field, { default: "" }]));
    },
    parseHTML() {
      return [{ tag: `div[data-block="${type}"]` }];
    },
    renderHTML({ HTMLAttributes }) {
      return ["div", mergeAttributes(HTMLAttributes, { "data-block": type })];
    },
    addNodeView() {
      return ReactNodeViewRenderer(BlockView);
    },
  });
}

export const structuredBlockNodes = (Object.keys(structuredBlocks) as StructuredBlock[]).map(blockNode);
