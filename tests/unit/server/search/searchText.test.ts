import { describe, expect, it } from 'vitest';
import { searchableText } from '../../../../server/search/playbookSearchEntries.js';
import { toSnippet } from '../../../../server/search/SearchService.js';
import { MATCH_END, MATCH_START } from '../../../../server/search/SearchIndex.js';
import { searchTerms } from '../../../../server/search/searchTerms.js';

describe('searchableText', () => {
  it('drops Markdown markup but keeps what the author wrote, escaped characters included', () => {
    const markdown = [
      '### Året på øen',
      '- **Maj–september:** travlt i turismen',
      '> citat fra borgeren',
      '| Nr. | Punkt |',
      '| --- | --- |',
      '| 1 | Velkomst |',
      'Se [Jobnet](https://jobnet.dk) og skriv \\<script\\> eller 5 \\* 3.',
    ].join('\n');
    expect(searchableText(markdown)).toBe(
      [
        'Året på øen',
        'Maj–september: travlt i turismen',
        'citat fra borgeren',
        'Nr. Punkt',
        '1 Velkomst',
        'Se Jobnet og skriv <script> eller 5 * 3.',
      ].join('\n'),
    );
  });
});

describe('searchTerms', () => {
  it('stems Danish words, keeps short stems as the word, drops words under three letters', () => {
    expect(searchTerms('Borgerne på færgen')).toEqual(['borg', 'færg']);
    expect(searchTerms('ledige i år')).toEqual(['ledige']);
    expect(searchTerms('a-kassen')).toEqual(['a-kas']);
    expect(searchTerms('"OR" NEAR(*)')).toEqual(['near']);
  });
});

describe('toSnippet', () => {
  it('turns the index markers into marked pieces of plain text', () => {
    const marked = `…med ${MATCH_START}færg${MATCH_END}en til ${MATCH_START}fastland${MATCH_END}et`;
    expect(toSnippet(marked)).toEqual([
      { text: '…med ', match: false },
      { text: 'færg', match: true },
      { text: 'en til ', match: false },
      { text: 'fastland', match: true },
      { text: 'et', match: false },
    ]);
  });
});
