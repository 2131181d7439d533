/** The scripts tests spawn, bundled once per run by tests/global-setup.ts. */
export const CLI_ENTRIES = [
	'scripts/extract.ts',
	'scripts/import.ts',
	'scripts/import-stats.ts',
	'scripts/reprocess.ts',
	'scripts/start.ts',
	'scripts/user-create.ts',
	'tests/helpers/import-worker-child.ts'
] as const;

export type CliEntry = (typeof CLI_ENTRIES)[number];
