import { z } from 'zod';

/**
 * The process environment, read once through zod so a bad value fails at start with the
 * variable's name. Read from `process.env` rather than `$env` because the CLI scripts share it.
 */
const EnvSchema = z.object({
	DATABASE_URL: z.preprocess(
		(v) => (v === '' ? undefined : v),
		z
			.string()
			.regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// URL')
			.optional()
	),
	DATA_DIR: z.string().min(1).default('./data'),
	PORT: z.coerce.number().int().min(1).max(65535).default(3000),
	/**
	 * Renders one instance runs at once (src/lib/server/render-limit.ts); more wait in line.
	 * Below the page pool's 10 connections, so the cache's snapshot reads still find one.
	 */
	RENDER_CONCURRENCY: z.preprocess(
		(v) => (v === '' ? undefined : v),
		z.coerce.number().int().min(1).max(256).default(8)
	),
	DEMO: z
		.enum(['0', '1', 'true', 'false', ''])
		.optional()
		.transform((v) => v === '1' || v === 'true')
});

export type Env = z.infer<typeof EnvSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
	const result = EnvSchema.safeParse(source);
	if (result.success) return result.data;
	// Name the variable, never echo its value: DATABASE_URL may hold a password.
	const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
	throw new Error(`Invalid environment: ${problems}`);
}
