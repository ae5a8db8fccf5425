import type { z } from 'zod';
import { findPersonalData } from './findPersonalData.js';
import { CHECKLIST_SECTION_IDS, SECTIONS } from './sections.js';

interface WithId {
  id: string;
}

/** The parts of a playbook file the cross-field checks look at (structural, to avoid an import cycle). */
export interface CheckedPlaybookFile {
  meta: { partners: WithId[] };
  sections: WithId[];
  agenda: WithId[];
  roles: WithId[];
  checklistItems: (WithId & { sectionId: string })[];
  ifThenCards: WithId[];
  contacts: (WithId & { partnerId: string | null })[];
}

/**
 * Checks of a playbook file that span fields: every catalogue section exactly once, unique ids per list,
 * contacts pointing at existing partners, checklist items in sections that have a checklist, and no CPR
 * number in any text. Each problem becomes one issue at its path.
 */
export function checkPlaybookFile(file: CheckedPlaybookFile, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  file.sections.forEach((section, index) => {
    if (seen.has(section.id)) issue(ctx, ['sections', index, 'id'], `Section "${section.id}" appears twice`);
    seen.add(section.id);
  });
  for (const section of SECTIONS) {
    if (!seen.has(section.id)) issue(ctx, ['sections'], `Section "${section.id}" is missing`);
  }

  const lists = {
    partners: file.meta.partners,
    agenda: file.agenda,
    roles: file.roles,
    checklistItems: file.checklistItems,
    ifThenCards: file.ifThenCards,
    contacts: file.contacts,
  };
  for (const [name, items] of Object.entries(lists)) {
    const ids = new Set<string>();
    items.forEach((item, index) => {
      const path = name === 'partners' ? ['meta', 'partners', index, 'id'] : [name, index, 'id'];
      if (ids.has(item.id)) issue(ctx, path, `Id "${item.id}" is used twice in ${name}`);
      ids.add(item.id);
    });
  }

  const partnerIds = new Set(file.meta.partners.map((partner) => partner.id));
  file.contacts.forEach((contact, index) => {
    if (contact.partnerId !== null && !partnerIds.has(contact.partnerId)) {
      issue(ctx, ['contacts', index, 'partnerId'], `No partner has id "${contact.partnerId}"`);
    }
  });
  file.checklistItems.forEach((item, index) => {
    if (!(CHECKLIST_SECTION_IDS as readonly string[]).includes(item.sectionId)) {
      issue(ctx, ['checklistItems', index, 'sectionId'], `Section "${item.sectionId}" has no checklist`);
    }
  });

  visitStrings(file, [], (text, path) => {
    for (const match of findPersonalData(text)) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `Looks like a CPR number ("${match.text}"): a playbook must never hold personal data`,
        params: { reason: 'personal_data', kind: match.kind },
      });
    }
  });
}

function issue(ctx: z.RefinementCtx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

// Walks every string in the file, keys included, so rich text, link targets and attributes are covered.
function visitStrings(
  value: unknown,
  path: (string | number)[],
  visit: (text: string, path: (string | number)[]) => void,
): void {
  if (typeof value === 'string') {
    visit(value, path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => visitStrings(item, [...path, index], visit));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      visit(key, path);
      visitStrings(item, [...path, key], visit);
    }
  }
}
