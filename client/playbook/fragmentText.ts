// Lives in shared/ since the server's live view counts words too; kept here so existing client imports work.
export * from '../../shared/playbook/fragmentText.js';
