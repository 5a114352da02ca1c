import { SaxesParser } from "saxes";

/** An element of a parsed XML part: name as written (with its prefix), attributes, children in order. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export class XmlError extends Error {
  override name = "XmlError";
}

/**
 * A Word document nests its elements rarely more than 30 deep (a text box in a table in a table); the readers walk the
 * tree recursively, so a deeper one is refused before it can overflow the stack.
 */
export const MAX_XML_DEPTH = 128;
/** A plan of a hundred pages is some 100,000 elements; the tree of more would cost hundreds of MB. */
export const MAX_XML_ELEMENTS = 500_000;

/**
 * Parses an XML part of an untrusted file. A document type declaration is refused: Office
 * never writes one, and it is how entity expansion (billion laughs) and external entities
 * (XXE) get in. The parser knows only the five predefined entities and character references.
 * Elements nested deeper than MAX_XML_DEPTH, or more than MAX_XML_ELEMENTS, are refused.
 */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlElement = { name: "", attributes: {}, children: [] };
  const open: XmlElement[] = [root];
  const top = () => open[open.length - 1] ?? root;
  parser.on("doctype", () => {
    throw new XmlError("the XML declares a document type, which Office documents never do");
  });
  let count = 0;
  parser.on("opentag", (tag) => {
    if (++count > MAX_XML_ELEMENTS) throw new XmlError(`the XML has more than ${MAX_XML_ELEMENTS} elements`);
    if (open.length > MAX_XML_DEPTH)
      throw new XmlError(`the XML nests elements more than ${MAX_XML_DEPTH} deep, which no Office document does`);
    const element: XmlElement = { name: tag.name, attributes: { ...tag.attributes }, children: [] };
    top().children.push(element);
    if (!tag.isSelfClosing) open.push(element);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) open.pop();
  });
  parser.on("text", (text) => top().children.push(text));
  parser.on("cdata", (text) => top().children.push(text));
  try {
    parser.write(xml).close();
  } catch (error) {
    throw error instanceof XmlError ? error : new XmlError(error instanceof Error ? error.message : String(error));
  }
  const [document] = root.children.filter((c): c is XmlElement => typeof c !== "string");
  if (!document) throw new XmlError("the XML has no root element");
  return document;
}

export const elements = (node: XmlElement) => node.children.filter((c): c is XmlElement => typeof c !== "string");
export const child = (node: XmlElement | undefined, name: string) =>
  node && elements(node).find((c) => c.name === name);

/** The text of an element and all it holds. */
export const textOf = (node: XmlNode): string => (typeof node === "string" ? node : node.children.map(textOf).join(""));
