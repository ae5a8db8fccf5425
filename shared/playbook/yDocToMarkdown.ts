import type * as Y from 'yjs';
import { playbookFileToMarkdown, type MarkdownOptions } from './playbookFileToMarkdown.js';
import { yDocToPlaybookFile } from './yDocToPlaybookFile.js';

/** The playbook in a Y.Doc as one Danish Markdown document (see `playbookFileToMarkdown`). */
export function yDocToMarkdown(doc: Y.Doc, options: MarkdownOptions = {}): string {
  return playbookFileToMarkdown(yDocToPlaybookFile(doc), options);
}
