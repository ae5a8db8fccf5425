import { z } from 'zod';

/** `GET /api/search?q=<words>`: at most 200 characters; words shorter than three letters are not searched. */
export const searchQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(200),
});

/**
 * A snippet as pieces of plain text, the matched ones marked: the client renders them as text (never as
 * HTML), so nothing written in a playbook can run in the results.
 */
export const snippetSchema = z.array(z.strictObject({ text: z.string(), match: z.boolean() }));
export type Snippet = z.infer<typeof snippetSchema>;

export const searchHitSchema = z.strictObject({
  playbookId: z.string(),
  playbookTitle: z.string(),
  /** The section the text is in; null when the playbook's title matched. */
  sectionId: z.string().nullable(),
  snippet: snippetSchema,
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResponseSchema = z.strictObject({
  results: z.array(searchHitSchema),
  /** The words searched for after dropping the short ones; empty when none was long enough. */
  searchedWords: z.array(z.string()),
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;
