import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { PlaybookFile } from '../../shared/playbook/playbookFileSchema.js';
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
import { richTextToDocx } from './richTextToDocx.js';

/**
 * The playbook as a Word document (.docx): title, metadata, every section under a Heading 1 with its rich
 * text, and its structured parts: real Word tables for the agenda, the roles matrix and the contacts,
 * checklists as "☐" lines, "hvis … så" cards as paragraphs. Text only: no fields, macros or embedded objects.
 */
export async function playbookToDocx(file: PlaybookFile): Promise<Buffer> {
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(file.meta.title)] }),
    ...metadataLines(file).map(
      ([label, value]) =>
        new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }),
    ),
  ];
  for (const definition of SECTIONS) {
    const section = file.sections.find((candidate) => candidate.id === definition.id);
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: `${definition.number}. ${definition.title.da}` }),
    );
    if (section) children.push(...richTextToDocx(section.content));
    children.push(...structuredParts(file, definition.id, definition.parts));
  }
  const document = new Document({
    title: file.meta.title,
    creator: 'Drejebog',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

function structuredParts(
  file: PlaybookFile,
  sectionId: (typeof SECTIONS)[number]['id'],
  parts: readonly string[],
): FileChild[] {
  const out: FileChild[] = [];
  if (parts.includes('agenda') && file.agenda.length > 0) {
    out.push(table(agendaTable(file)), bold(agendaTotalLine(file)));
    for (const item of agendaDetails(file)) {
      out.push(bold(item.title));
      if (item.purpose) out.push(new Paragraph(`Formål: ${item.purpose}`));
      out.push(...item.questions.map((question) => new Paragraph({ text: question, bullet: { level: 0 } })));
    }
  }
  if (parts.includes('roles') && file.roles.length > 0) out.push(table(rolesTable(file)));
  if (parts.includes('checklist')) {
    for (const { group, items } of checklistGroups(file, sectionId)) {
      if (group) out.push(bold(group));
      out.push(...items.map((item) => new Paragraph({ text: `☐ ${item}`, indent: { left: 360, hanging: 280 } })));
    }
  }
  if (parts.includes('ifThenCards')) {
    for (const card of cardTexts(file)) {
      out.push(
        new Paragraph({
          spacing: { before: 120 },
          children: [
            new TextRun({ text: 'Hvis ', bold: true }),
            new TextRun(card.trigger),
            new TextRun({ text: ' så ', bold: true }),
            new TextRun(card.response),
            ...(card.note ? [new TextRun({ text: ` (${card.note})`, italics: true })] : []),
          ],
        }),
      );
    }
  }
  if (parts.includes('contacts') && file.contacts.length > 0) out.push(table(contactsTable(file)));
  return out;
}

const bold = (text: string) =>
  new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text, bold: true })] });

/** A Word table over the full width, header row bold and repeated on every page. */
function table({ header, rows }: PlainTable): Table {
  const cell = (text: string, isHeader: boolean) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: isHeader })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text) => cell(text, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text, false)) })),
    ],
  });
}
