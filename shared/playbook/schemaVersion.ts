/**
 * Version of the playbook document layout and of the JSON file form. Raise it when a stored document or a
 * file written under the old number would be read wrongly; the file schema accepts only this number, so an
 * old file fails loudly instead of loading half.
 */
export const SCHEMA_VERSION = 1;
