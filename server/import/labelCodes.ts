import { LEAD_LABELS_DA, type Lead } from '../../shared/playbook/Lead.js';
import { PARTNER_KIND_LABELS_DA, type PartnerKind } from '../../shared/playbook/PartnerKind.js';
import { ROLE_LEVEL_LABELS_DA, type RoleLevel } from '../../shared/playbook/RoleLevel.js';

/** The code whose Danish label is `label` (case and surrounding spaces ignored), or null. */
function codeOf<C extends string>(labels: Record<C, string>, label: string): C | null {
  const wanted = label.trim().toLowerCase();
  const found = (Object.entries(labels) as Array<[C, string]>).find(([, text]) => text.toLowerCase() === wanted);
  return found ? found[0] : null;
}

export const leadOf = (label: string): Lead | null => codeOf(LEAD_LABELS_DA, label);
export const roleLevelOf = (label: string): RoleLevel | null => codeOf(ROLE_LEVEL_LABELS_DA, label);
export const partnerKindOf = (label: string): PartnerKind | null => codeOf(PARTNER_KIND_LABELS_DA, label);
