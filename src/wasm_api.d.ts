/// <reference lib="dom" />
/** What to annotate: each part on unless set to `false`. Unknown keys throw. */
export interface Options {
  /** Find people, organisations, places, other names and values. @default true */
  entities?: boolean;
  /** Find quotations and their speakers. @default true */
  quotes?: boolean;
  /** Find what is not the article (navigation, prompts, credits …). @default true */
  boilerplate?: boolean;
}

/** What an entity mention is; the same for every mention of one cluster. */
export type Label = "PERSON" | "ORG" | "PLACE" | "MISC" | "DATE" | "TIME" | "MONEY" | "PERCENT" | "NUMBER";

/** Why a span is not part of the article. */
export type Reason =
  | "navigation"
  | "advertisement"
  | "share"
  | "promotion"
  | "copyright"
  | "credit"
  | "related"
  | "comments"
  | "cookie"
  | "repeat"
  | "other";

/** A statement (`direct`), a fragment in the writer's sentence (`partial`), or a title, slogan or
 * scare-quoted word that is nobody's speech (`term`, never with a speaker). */
export type QuoteKind = "direct" | "partial" | "term";

/** A span of the text: UTF-16 offsets (as JavaScript strings count), `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
  /** The words as written: `text.slice(start, end)`. */
  text: string;
}

/** One mention of an entity or value. */
export interface Entity extends TextSpan {
  label: Label;
  /** Index into `Annotation.clusters`. */
  entity: number;
}

/** One entity, however often and however fully it is named. */
export interface Cluster {
  /** Its index in `Annotation.clusters`. */
  id: number;
  label: Label;
  /** The fullest form of its name. */
  name: string;
  /** How many mentions it has. */
  mentions: number;
}

/** Who a quote is from: the words naming the source here (a name, a pronoun, a title or a
 * description) and the entity they refer to. */
export interface Speaker extends TextSpan {
  /** The cluster the words refer to, or `null` (a description of an unnamed source). */
  entity: number | null;
  /** The cluster's name, or the description's words when `entity` is `null`. */
  name: string;
}

/** A quotation. */
export interface Quote extends TextSpan {
  kind: QuoteKind;
  /** 0 for a quote in the writer's text, 1 for a quote inside a quote, and so on. */
  depth: number;
  /** Who said it, when someone can be named (never for a term). */
  speaker: Speaker | null;
  /** The reporting words ("said", "according to"), when there are any. */
  cue: TextSpan | null;
}

/** Text that is not part of the article. */
export interface Boilerplate extends TextSpan {
  reason: Reason;
}

/** The annotation object. Every list is sorted by start. */
export interface Annotation {
  /** The unit of every offset. */
  offsets: "utf16";
  /** The length of the text in UTF-16 code units. */
  length: number;
  /** Entity mentions, never overlapping. */
  entities: Entity[];
  /** One entry per entity: the mentions of one entity share its index. */
  clusters: Cluster[];
  quotes: Quote[];
  boilerplate: Boilerplate[];
  /** The text the offsets refer to, when it is not the input itself (HTML input). */
  text?: string;
}

/** The annotation of an HTML page or document: its offsets refer to `text`, the page's text
 * (its blocks joined with blank lines). */
export interface PageAnnotation extends Annotation {
  text: string;
}

/** The reason of each boilerplate text node: `[node, reason, node, reason, …]`. */
export type BoilerplateNodes = Array<Text | Reason>;

/**
 * Annotates plain text: entities, quotes with their speakers, boilerplate.
 * @example
 * const a = annotate("“We will win,” Pavel Durov said.");
 * a.quotes[0].speaker?.name; // "Pavel Durov"
 * @throws {Error} when `text` is not a string, is over 64 MiB, or `options` is not an Options object.
 */
export function annotate(text: string, options?: Options | null): Annotation;

/** Annotates an HTML page (a string); offsets refer to the returned `text`. */
export function annotateHtml(html: string, options?: Options | null): PageAnnotation;

/** Annotates a live `Document` (the page's own, or one from `DOMParser`) as it is now. */
export function annotateDocument(document: Document, options?: Options | null): PageAnnotation;

/** The article's text of plain text, without its boilerplate lines. */
export function mainText(text: string, options?: Options | null): string;

/** The article's text of an HTML page. */
export function mainTextHtml(html: string, options?: Options | null): string;

/** The article's text of a live `Document`, decided as `annotateDocument` decides.
 * @throws {Error} when `document` is not a Document or `options` is not an Options object. */
export function mainTextDocument(document: Document, options?: Options | null): string;

/** Text decoded from bytes, and how. */
export interface Decoded {
  /** The text, without a byte-order mark. */
  text: string;
  /** The WHATWG name of the encoding used: "UTF-8", "windows-1252", "Shift_JIS" … */
  encoding: string;
  /** How it was chosen: a byte-order mark, a `<meta>` declaration, the bytes are UTF-8, or the
   * windows-1252 fallback. */
  source: "bom" | "meta" | "utf-8" | "fallback";
}

/** An HTML page's bytes decoded as browsers decode them: byte-order mark, then `<meta charset>`
 * in the first 1,024 bytes, then UTF-8, else windows-1252. Never refuses a page. */
export function decodeHtml(bytes: Uint8Array | ArrayBuffer): Decoded;

/** Plain text's bytes decoded: byte-order mark, UTF-8, else windows-1252. */
export function decodePlainText(bytes: Uint8Array | ArrayBuffer): Decoded;

/** The package version, as in its package.json. */
export function version(): string;

/** The HTML classifier's verdict on a live `Document`: the text nodes lying in boilerplate
 * blocks, in document order, each followed by its reason. */
export function boilerplateNodes(document: Document): BoilerplateNodes;

/** `annotate(text, options)` with some boilerplate decided by the caller: `ranges` is a flat array
 * `[start, end, reason, …]` of UTF-16 offsets into `text`; every line inside one is boilerplate. */
export function annotateWithBoilerplate(
  text: string,
  ranges: Array<number | Reason> | null | undefined,
  options?: Options | null,
): Annotation;

/** @deprecated Use `annotateHtml`; this name goes in the next release. */
export function annotate_html(html: string, options?: Options | null): PageAnnotation;
/** @deprecated Use `annotateDocument`; this name goes in the next release. */
export function annotate_document(document: Document, options?: Options | null): PageAnnotation;
/** @deprecated Use `boilerplateNodes`; this name goes in the next release. */
export function boilerplate_nodes(document: Document): BoilerplateNodes;
/** @deprecated Use `annotateWithBoilerplate`; this name goes in the next release. */
export function annotate_with_boilerplate(
  text: string,
  ranges: Array<number | Reason> | null | undefined,
  options?: Options | null,
): Annotation;
