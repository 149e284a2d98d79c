// The listening query language: words, "quoted phrases", OR, AND, -exclusions, (groups), @handles, #hashtags, lang:xx.
import { type MatchableText, matchTokens, prepareText } from "./match-tokens.ts";

/**
 * A parsed query. Grammar (OR binds tighter than the implicit AND, as in Brandwatch and Talkwalker):
 * `query := and` · `and := or (AND? or)*` · `or := unary (OR unary)*` · `unary := -? primary` ·
 * `primary := word | word* | "phrase" | @handle | #hashtag | lang:xx | ( query )`.
 * Matching ignores case and accents; a phrase is consecutive tokens; a plain word also matches the hashtag of
 * the same word ("nantes" matches "#Nantes"), while `#nantes` and `@nantes` match only themselves, whole.
 */
export type QueryNode =
  | { kind: "word"; token: string }
  | { kind: "prefix"; prefix: string }
  | { kind: "phrase"; tokens: string[] }
  | { kind: "lang"; language: string }
  | { kind: "not"; node: QueryNode }
  | { kind: "and"; nodes: QueryNode[] }
  | { kind: "or"; nodes: QueryNode[] };

export interface Query {
  source: string;
  root: QueryNode;
}

/** A query that cannot be read; `column` is 1-based in the query text. */
export class QuerySyntaxError extends Error {
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(message);
    this.name = "QuerySyntaxError";
  }
}

interface Lexeme {
  type: "term" | "phrase" | "or" | "and" | "minus" | "open" | "close";
  text: string;
  column: number;
}

function lex(source: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    const column = i + 1;
    if (c === '"' || c === "“" || c === "«") {
      const close = c === "“" ? "”" : c === "«" ? "»" : '"';
      const end = source.indexOf(close, i + 1);
      if (end < 0) throw new QuerySyntaxError(`the quote opened at column ${column} is never closed`, column);
      out.push({ type: "phrase", text: source.slice(i + 1, end), column });
      i = end + 1;
      continue;
    }
    if (c === "(" || c === ")") {
      out.push({ type: c === "(" ? "open" : "close", text: c, column });
      i += 1;
      continue;
    }
    if (c === "-" && i + 1 < source.length && !/\s/.test(source[i + 1] as string)) {
      const previous = i > 0 ? (source[i - 1] as string) : " ";
      if (/[\s(]/.test(previous)) {
        out.push({ type: "minus", text: c, column });
        i += 1;
        continue;
      }
    }
    let end = i;
    while (end < source.length && !/[\s()"“«]/.test(source[end] as string)) end += 1;
    const text = source.slice(i, end);
    out.push({ type: text === "OR" ? "or" : text === "AND" ? "and" : "term", text, column });
    i = end;
  }
  return out;
}

/**
 * Parses a query; throws QuerySyntaxError naming the column for an empty query, unbalanced quotes or
 * parentheses, a dangling OR/AND or minus, a term without letters or digits, or a query that only excludes.
 */
export function parseQuery(source: string): Query {
  const lexemes = lex(source);
  if (lexemes.length === 0) throw new QuerySyntaxError("the query is empty", 1);
  let at = 0;
  const peek = () => lexemes[at];
  const endColumn = source.length + 1;

  const parseAnd = (): QueryNode => {
    const nodes: QueryNode[] = [parseOr()];
    for (;;) {
      const next = peek();
      if (!next || next.type === "close") break;
      if (next.type === "and") {
        at += 1;
        const after = peek();
        if (!after || after.type === "close" || after.type === "or" || after.type === "and") {
          throw new QuerySyntaxError("AND needs a term after it", next.column);
        }
      }
      nodes.push(parseOr());
    }
    return nodes.length === 1 ? (nodes[0] as QueryNode) : { kind: "and", nodes };
  };

  const parseOr = (): QueryNode => {
    const nodes: QueryNode[] = [parseUnary()];
    while (peek()?.type === "or") {
      const or = peek() as Lexeme;
      at += 1;
      const after = peek();
      if (!after || after.type === "close" || after.type === "or" || after.type === "and") {
        throw new QuerySyntaxError("OR needs a term on both sides", or.column);
      }
      nodes.push(parseUnary());
    }
    return nodes.length === 1 ? (nodes[0] as QueryNode) : { kind: "or", nodes };
  };

  const parseUnary = (): QueryNode => {
    const next = peek();
    if (next?.type === "minus") {
      at += 1;
      const after = peek();
      if (!after || after.type === "close" || after.type === "or" || after.type === "and") {
        throw new QuerySyntaxError("a minus needs a term to exclude", next.column);
      }
      return { kind: "not", node: parsePrimary() };
    }
    return parsePrimary();
  };

  const parsePrimary = (): QueryNode => {
    const next = peek();
    if (!next) throw new QuerySyntaxError("the query ends where a term was expected", endColumn);
    at += 1;
    switch (next.type) {
      case "open": {
        if (peek()?.type === "close") throw new QuerySyntaxError("empty parentheses", next.column);
        if (!peek()) throw new QuerySyntaxError("the parenthesis is never closed", next.column);
        const inner = parseAnd();
        if (peek()?.type !== "close") {
          throw new QuerySyntaxError("the parenthesis is never closed", next.column);
        }
        at += 1;
        return inner;
      }
      case "close":
        throw new QuerySyntaxError("a closing parenthesis without an opening one", next.column);
      case "or":
      case "and":
        throw new QuerySyntaxError(`${next.text} needs a term on both sides`, next.column);
      case "phrase":
        return phraseNode(next.text, next.column, true);
      default:
        return termNode(next);
    }
  };

  const root = parseAnd();
  const rest = peek();
  if (rest) throw new QuerySyntaxError("a closing parenthesis without an opening one", rest.column);
  if (!hasPositive(root)) {
    throw new QuerySyntaxError("the query only excludes: add a word the mentions must contain", 1);
  }
  return { source, root };
}

function termNode(lexeme: Lexeme): QueryNode {
  const { text, column } = lexeme;
  const lang = /^lang:([a-zA-Z]{2,3})$/.exec(text);
  if (lang) return { kind: "lang", language: (lang[1] as string).toLowerCase() };
  if (text.endsWith("*") && text.length > 1) {
    const tokens = matchTokens(text.slice(0, -1));
    if (tokens.length === 1 && !/^[@#]/.test(tokens[0] as string)) {
      return { kind: "prefix", prefix: tokens[0] as string };
    }
  }
  if (/^[@#]/.test(text)) {
    const tokens = matchTokens(text);
    if (tokens.length !== 1 || tokens[0]?.[0] !== text[0]) {
      throw new QuerySyntaxError(
        `"${text}" is not a handle or hashtag (letters, digits, _ after the sign)`,
        column,
      );
    }
    return { kind: "word", token: tokens[0] as string };
  }
  return phraseNode(text, column, false);
}

function phraseNode(text: string, column: number, quoted: boolean): QueryNode {
  const tokens = matchTokens(text);
  if (tokens.length === 0) {
    const what = quoted ? "the quoted phrase" : `"${text}"`;
    throw new QuerySyntaxError(`${what} has no letters or digits to search for`, column);
  }
  return tokens.length === 1 ? { kind: "word", token: tokens[0] as string } : { kind: "phrase", tokens };
}

function hasPositive(node: QueryNode): boolean {
  switch (node.kind) {
    case "not":
      return false;
    case "and":
      return node.nodes.some(hasPositive);
    case "or":
      return node.nodes.every(hasPositive);
    default:
      return true;
  }
}

/** Whether a text (raw, or prepared once with `prepareText` for many queries) matches the query. */
export function matchQuery(query: Query, text: string | MatchableText, language?: string): boolean {
  const prepared = typeof text === "string" ? prepareText(text, language) : text;
  return evaluate(query.root, prepared);
}

function evaluate(node: QueryNode, text: MatchableText): boolean {
  switch (node.kind) {
    case "word":
      return text.set.has(node.token) || (node.token[0] !== "#" && text.set.has(`#${node.token}`));
    case "prefix":
      for (const token of text.set) {
        const body = token[0] === "#" ? token.slice(1) : token;
        if (token[0] !== "@" && body.startsWith(node.prefix)) return true;
      }
      return false;
    case "phrase":
      return hasPhrase(text, node.tokens);
    case "lang":
      return text.language === node.language;
    case "not":
      return !evaluate(node.node, text);
    case "and":
      for (const child of node.nodes) if (!evaluate(child, text)) return false;
      return true;
    case "or":
      for (const child of node.nodes) if (evaluate(child, text)) return true;
      return false;
  }
}

function hasPhrase(text: MatchableText, tokens: readonly string[]): boolean {
  for (const token of tokens) if (!text.set.has(token)) return false;
  const first = tokens[0] as string;
  const all = text.tokens;
  for (let i = 0; i + tokens.length <= all.length; i++) {
    if (all[i] !== first) continue;
    let j = 1;
    while (j < tokens.length && all[i + j] === tokens[j]) j += 1;
    if (j === tokens.length) return true;
  }
  return false;
}
