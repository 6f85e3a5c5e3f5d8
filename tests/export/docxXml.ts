/** Reads a .docx for tests: its parts, the paragraphs of `word/document.xml` with their styles, and its tables. */
import { readZip } from '../helpers/zip.js'

export interface DocxParagraph {
  style: string
  text: string
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/** The text of an XML piece: every `<w:t>`, a `<w:br/>` as '\n'. */
export function xmlText(xml: string): string {
  let out = ''
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)) out += m[1] === undefined ? '\n' : unescape(m[1])
  return out
}

/** Paragraphs in document order (those inside tables too), each with its style id. */
export function paragraphs(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(m[1] as string)?.[1] ?? '',
    text: xmlText(m[1] as string),
  }))
}

/** The tables (`<w:tbl>`) in order, each as rows of cell texts. */
export function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...(t[1] as string).matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...(r[1] as string).matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => paragraphs(c[1] as string).map((p) => p.text).join('\n')),
    ),
  )
}

/** The parts of a .docx as text. */
export function docxParts(data: Buffer): Map<string, string> {
  return new Map([...readZip(data)].map(([name, content]) => [name, content.toString('utf8')]))
}
