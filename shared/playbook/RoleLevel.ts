/** A cell of the roles matrix: how a party takes part in a task. `null` in a cell means "no part". */
export const ROLE_LEVELS = ['leder', 'bidrager', 'informeres'] as const;

export type RoleLevel = (typeof ROLE_LEVELS)[number];

/** The three columns of the roles matrix. One a-kasse column: the matrix describes the a-kasse role. */
export const ROLE_COLUMNS = ['jobcenter', 'akasse', 'borger'] as const;

export type RoleColumn = (typeof ROLE_COLUMNS)[number];

/** Danish labels for the Danish Markdown export; the client uses its translation files. */
export const ROLE_LEVEL_LABELS_DA: Record<RoleLevel, string> = {
  leder: 'Leder',
  bidrager: 'Bidrager',
  informeres: 'Informeres',
};

/** Danish column headings for the Danish Markdown export. */
export const ROLE_COLUMN_LABELS_DA: Record<RoleColumn, string> = {
  jobcenter: 'Jobcenter',
  akasse: 'A-kasse',
  borger: 'Borger',
};
