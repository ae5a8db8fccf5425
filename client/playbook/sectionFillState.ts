// The fill rules live in shared/ since the server's live view uses them too; kept here so existing
// client imports keep working.
export * from '../../shared/playbook/sectionFillState.js';
