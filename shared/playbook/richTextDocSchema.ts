import { z } from 'zod';
import { getPlaybookSchema } from '../editor/extensions.js';

/** A mark in tiptap JSON, e.g. `{ type: 'bold' }` or `{ type: 'link', attrs: { href } }`. */
export interface RichTextMark {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A node in tiptap (ProseMirror) JSON. */
export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  marks?: RichTextMark[];
  text?: string;
}

const markSchema = z.strictObject({ type: z.string().min(1), attrs: z.record(z.string(), z.unknown()).optional() });

const nodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.strictObject({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(nodeSchema).optional(),
    marks: z.array(markSchema).optional(),
    text: z.string().optional(),
  }),
);

/**
 * A section's rich text as a tiptap JSON document. Beyond the JSON shape, the document must be valid in the
 * editor schema (`shared/editor/extensions.ts`): y-tiptap would otherwise store content the editor refuses
 * to show, and the Collaboration extension then stops syncing that section.
 */
export const richTextDocSchema = nodeSchema.superRefine((doc, ctx) => {
  if (doc.type !== 'doc') {
    ctx.addIssue({ code: 'custom', message: `Rich text must be a "doc" node, not "${doc.type}"` });
    return;
  }
  try {
    getPlaybookSchema().nodeFromJSON(doc).check();
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    ctx.addIssue({ code: 'custom', message: `Rich text does not fit the editor schema: ${reason}` });
  }
});

/** A section's rich text as a tiptap JSON document. */
export type RichTextDoc = RichTextNode;

/** The rich text of a section nobody has written in yet: what tiptap itself produces for an empty editor. */
export function emptyRichTextDoc(): RichTextDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
