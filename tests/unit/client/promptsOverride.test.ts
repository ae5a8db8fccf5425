import { describe, expect, it } from 'vitest';
import { SECTION_IDS, type SectionId } from '../../../shared/playbook/sectionIds.js';
import { applyPromptsOverride } from '../../../client/workshop/promptsOverride.js';

const own = Object.fromEntries(SECTION_IDS.map((id, index) => [id, index % 2 === 0])) as Record<SectionId, boolean>;

describe("the workshop's prompts for everyone", () => {
  it("keeps each playbook's own setting without a choice, and shows or hides every section with one", () => {
    expect(applyPromptsOverride(own, null)).toBe(own);
    expect(Object.values(applyPromptsOverride(own, 'shown'))).toEqual(SECTION_IDS.map(() => true));
    expect(Object.values(applyPromptsOverride(own, 'hidden'))).toEqual(SECTION_IDS.map(() => false));
    expect(Object.keys(applyPromptsOverride(own, 'hidden'))).toEqual([...SECTION_IDS]);
  });
});
