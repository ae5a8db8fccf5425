import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The main part of a .docx (word/document.xml) and its relationships (where hyperlinks point). */
export async function docxParts(bytes: Buffer): Promise<{ documentXml: string; relsXml: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')?.async('string');
  const relsXml = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
  if (!documentXml) throw new Error('no word/document.xml in the .docx');
  return { documentXml, relsXml };
}

/** The visible text of a Word document body, with XML entities decoded, paragraphs on their own lines. */
export function docxText(documentXml: string): string {
  return documentXml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of every page of a PDF, parsed back with pdf.js. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages.join('\n');
}

/** Collapses whitespace, so text wrapped across lines or cells compares equal. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
