import PDFDocument from 'pdfkit';
import type { PlaybookFile } from '../../shared/playbook/playbookFileSchema.js';
import type { RichTextNode } from '../../shared/playbook/richTextDocSchema.js';
import { SECTIONS } from '../../shared/playbook/sections.js';
import {
  agendaDetails,
  agendaTable,
  agendaTotalLine,
  cardTexts,
  checklistGroups,
  contactsTable,
  metadataLines,
  rolesTable,
  type PlainTable,
} from './exportParts.js';
import { PDF_FONTS, type PdfFont } from './pdfFonts.js';
import { richTextBlocks, type TextRun } from './richTextBlocks.js';

const MARGIN_PT = 50;
const BODY_PT = 10;
const HEADING_PT = [15, 12.5, 11.5, 10.5, 10, 10] as const;
const LIST_INDENT_PT = 14;

/**
 * The playbook as an A4 PDF in the reading order of the print layout: title, metadata, every section with
 * its rich text, the agenda and roles as tables, checklists, "hvis … så" cards and contacts. Pure JavaScript
 * (pdfkit) with embedded DejaVu subsets, so it works on a fresh machine and in CI; text only, and links only
 * for http(s), mailto and tel.
 */
export function playbookToPdf(file: PlaybookFile): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN_PT,
    info: { Title: file.meta.title, Creator: 'Drejebog' },
    lang: 'da-DK',
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const write = new PdfWriter(pdf);
  write.line(file.meta.title, 'bold', 20);
  pdf.moveDown(0.3);
  for (const [label, value] of metadataLines(file)) write.runs([{ text: `${label}: `, bold: true }, { text: value }]);
  for (const definition of SECTIONS) {
    const section = file.sections.find((candidate) => candidate.id === definition.id);
    pdf.moveDown(0.8);
    write.line(`${definition.number}. ${definition.title.da}`, 'bold', HEADING_PT[0]);
    pdf.moveDown(0.2);
    if (section) write.richText(section.content);
    const { parts } = definition;
    if (parts.includes('agenda') && file.agenda.length > 0) {
      write.table(agendaTable(file), [28, '*', 70, 50, 50]);
      write.line(agendaTotalLine(file), 'bold');
      for (const item of agendaDetails(file)) {
        pdf.moveDown(0.3);
        write.line(item.title, 'bold');
        if (item.purpose) write.line(`Formål: ${item.purpose}`);
        for (const question of item.questions) write.item('•', 1, [{ text: question }]);
      }
    }
    if (parts.includes('roles') && file.roles.length > 0) write.table(rolesTable(file), ['*', 80, 80, 80]);
    if (parts.includes('checklist')) {
      for (const { group, items } of checklistGroups(file, definition.id)) {
        pdf.moveDown(0.3);
        if (group) write.line(group, 'bold');
        for (const item of items) write.item('☐', 1, [{ text: item }]);
      }
    }
    if (parts.includes('ifThenCards')) {
      for (const card of cardTexts(file)) {
        pdf.moveDown(0.3);
        write.runs([
          { text: 'Hvis ', bold: true },
          { text: card.trigger },
          { text: ' så ', bold: true },
          { text: card.response },
          ...(card.note ? [{ text: ` (${card.note})`, italic: true }] : []),
        ]);
      }
    }
    if (parts.includes('contacts') && file.contacts.length > 0) {
      write.table(contactsTable(file), [80, 90, 70, 110, '*']);
    }
  }
  pdf.end();
  return done;
}

/** Writes text blocks at the cursor of a pdfkit document, in the export's fonts. */
class PdfWriter {
  constructor(private readonly pdf: PDFKit.PDFDocument) {}

  line(text: string, font: PdfFont = 'regular', size = BODY_PT): void {
    this.font(font)
      .fontSize(size)
      .text(text, MARGIN_PT, undefined, { width: this.width(0) });
  }

  runs(runs: readonly TextRun[], indent = 0): void {
    const visible = runs.filter((run) => run.text.length > 0);
    if (visible.length === 0) {
      this.pdf.moveDown(0.5);
      return;
    }
    this.pdf.fontSize(BODY_PT);
    this.pdf.x = MARGIN_PT + indent;
    visible.forEach((run, index) => {
      this.font(fontOf(run)).text(`${run.breakBefore ? '\n' : ''}${run.text}`, {
        width: this.width(indent),
        continued: index < visible.length - 1,
        underline: Boolean(run.underline || run.href),
        strike: Boolean(run.strike),
        ...(run.href && { link: run.href }),
      });
    });
    this.pdf.x = MARGIN_PT;
  }

  item(marker: string, depth: number, runs: readonly TextRun[]): void {
    const indent = depth * LIST_INDENT_PT;
    const top = this.pdf.y;
    this.font('regular')
      .fontSize(BODY_PT)
      .text(marker, MARGIN_PT + indent - LIST_INDENT_PT + 2, top, {
        width: LIST_INDENT_PT,
        lineBreak: false,
      });
    this.pdf.y = top;
    this.runs(runs, indent);
  }

  richText(doc: RichTextNode): void {
    for (const block of richTextBlocks(doc)) {
      switch (block.kind) {
        case 'heading':
          this.pdf.moveDown(0.3);
          this.line(block.runs.map((run) => run.text).join(''), 'bold', HEADING_PT[Math.min(block.level, 5)]);
          break;
        case 'paragraph':
          this.runs(block.runs, block.quote ? LIST_INDENT_PT : 0);
          this.pdf.moveDown(0.3);
          break;
        case 'listItem':
          if (block.marker) this.item(block.marker, block.depth + (block.quote ? 1 : 0), block.runs);
          else this.runs(block.runs, (block.depth + (block.quote ? 1 : 0)) * LIST_INDENT_PT);
          break;
        case 'code':
          this.font('mono')
            .fontSize(9)
            .text(block.text, MARGIN_PT + LIST_INDENT_PT, undefined, {
              width: this.width(LIST_INDENT_PT),
            });
          this.pdf.moveDown(0.3);
          break;
        case 'rule': {
          const y = this.pdf.y + 4;
          this.pdf
            .moveTo(MARGIN_PT, y)
            .lineTo(MARGIN_PT + this.width(0), y)
            .strokeColor('#999999')
            .stroke();
          this.pdf.moveDown(0.6);
        }
      }
    }
  }

  table({ header, rows }: PlainTable, widths: Array<number | string>): void {
    this.pdf.moveDown(0.3);
    this.pdf.x = MARGIN_PT;
    this.font('regular').fontSize(9);
    this.pdf.table({
      position: { x: MARGIN_PT },
      maxWidth: this.width(0),
      columnStyles: widths,
      rowStyles: (row) => (row === 0 ? { backgroundColor: '#e8e8e8' } : undefined),
      defaultStyle: { border: 0.5, borderColor: '#888888', padding: [3, 4, 3, 4] },
      data: [header.map((text) => ({ text, type: 'TH' as const, font: { src: PDF_FONTS.bold } })), ...rows],
    });
    this.font('regular').fontSize(BODY_PT);
    this.pdf.x = MARGIN_PT;
    this.pdf.moveDown(0.4);
  }

  // By file path, never by a registered name: pdfkit's tables restore the font by its path, and a name
  // would make it parse the TrueType file again for every cell.
  private font(font: PdfFont): PDFKit.PDFDocument {
    return this.pdf.font(PDF_FONTS[font]);
  }

  private width(indent: number): number {
    return this.pdf.page.width - 2 * MARGIN_PT - indent;
  }
}

function fontOf(run: TextRun): PdfFont {
  if (run.code) return 'mono';
  if (run.bold && run.italic) return 'boldItalic';
  if (run.bold) return 'bold';
  return run.italic ? 'italic' : 'regular';
}
