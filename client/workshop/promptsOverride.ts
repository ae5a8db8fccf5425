import type { PromptsOverride } from '../../shared/course/courseRoom.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';

/**
 * What each section shows when the workshop room decides for everyone: 'shown' or 'hidden' overrides the
 * playbook's own setting, null keeps it.
 */
export function applyPromptsOverride(
  own: Record<SectionId, boolean>,
  override: PromptsOverride,
): Record<SectionId, boolean> {
  if (override === null) return own;
  const visible = override === 'shown';
  return Object.fromEntries(Object.keys(own).map((id) => [id, visible])) as Record<SectionId, boolean>;
}
