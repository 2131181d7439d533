/**
 * npm run user:create -- --email you@example.org --role admin|editor [--reset]
 * The password comes from a hidden prompt, or from the first line of stdin when piped, never
 * from the command line (where it would sit in shell history and `ps`).
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { appDatabase, closeAppDatabase } from '../src/lib/server/db';
import { passwordWeakness, WEAKNESS_TEXT } from '../src/lib/server/auth/password';
import { RoleSchema } from '../src/lib/server/auth/roles';
import { EmailSchema, getUserByEmail } from '../src/lib/server/auth/user';
import { createAccount, resetAccount } from '../src/lib/server/auth/accounts';

const USAGE = 'usage: npm run user:create -- --email you@example.org --role admin|editor [--reset]';

const Args = z.object({
	email: EmailSchema,
	role: RoleSchema,
	/** Give an existing account a new password (and this role), ending its sessions. */
	reset: z.boolean().default(false)
});

async function readPassword(): Promise<string> {
	if (!process.stdin.isTTY) {
		let text = '';
		for await (const chunk of process.stdin) text += chunk;
		return text.split(/\r?\n/)[0] ?? '';
	}
	const first = await promptHidden('Password (at least 12 characters): ');
	const again = await promptHidden('Repeat the password: ');
	if (first !== again) throw new Error('the two passwords differ');
	return first;
}

function promptHidden(question: string): Promise<string> {
	return new Promise((resolve) => {
		const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
		const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
		(rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
			if (s.startsWith(question)) write.call(rl, question);
		};
		rl.question(question, (answer) => {
			rl.close();
			process.stdout.write('\n');
			resolve(answer);
		});
	});
}

async function main(): Promise<number> {
	const { values } = parseArgs({
		options: { email: { type: 'string' }, role: { type: 'string' }, reset: { type: 'boolean' } },
		strict: true
	});
	const args = Args.safeParse(values);
	if (!args.success) {
		console.error(
			`${args.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n')}\n${USAGE}`
		);
		return 2;
	}
	const { email, role, reset } = args.data;
	const password = await readPassword();
	const weakness = passwordWeakness(password, email);
	if (weakness) {
		console.error(`Password too weak: ${WEAKNESS_TEXT[weakness]}.`);
		return 2;
	}
	const { db } = await appDatabase();
	const existing = await getUserByEmail(db, email);
	if (existing && !reset) {
		console.error(`${email} already has an account. Add --reset to give it a new password.`);
		return 1;
	}
	if (existing) {
		await resetAccount(db, { email, password, role });
		console.log(`New password set for ${email} (${role}); their open sessions were ended.`);
	} else {
		await createAccount(db, { by: null, email, password, role });
		console.log(`Created ${role} ${email}. Log in at /login.`);
	}
	return 0;
}

main()
	.then(async (code) => {
		await closeAppDatabase();
		process.exit(code);
	})
	.catch(async (e: unknown) => {
		console.error(`user:create failed: ${e instanceof Error ? e.message : String(e)}`);
		await closeAppDatabase().catch(() => {});
		process.exit(1);
	});
