import { createListAccessor } from './createListAccessor.js';
import { roleRowSchema, type RoleRow } from './playbookFileSchema.js';

/** The roles matrix (section "roles"): one row per task, one cell per party (Jobcenter, A-kasse, Borger). */
export const roleRows = createListAccessor<RoleRow>('roles', roleRowSchema, {
  task: '',
  jobcenter: null,
  akasse: null,
  borger: null,
});
