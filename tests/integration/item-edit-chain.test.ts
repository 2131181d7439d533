import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments } from '../../src/lib/server/db/schema';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { editItemFields, importSeed001, usdTargetId } from './editor-fixtures';

/**
 * Seed 001 re-pledges the 5 bn USD trade target as 10 bn. An editor who corrects the 10 bn item's
 * unit (a misread) takes it out of that chain, and putting the unit back restores the link: the
 * item page's "revised from" follows the values as they stand after each edit, not the next import.
 */
describe(`an editor's correction and the re-pledge chain (${backendName})`, () => {
	let t: TestDatabase;
	let five: number;
	let ten: number;
	const revisionOf = async (id: number) =>
		(
			await t.db
				.select({ r: commitments.revisionOfId })
				.from(commitments)
				.where(eq(commitments.id, id))
		)[0]!.r;
	const setUnit = async (unit: string) =>
		expect(await editItemFields(t.db, `ed-${unit}@example.org`, ten, { unit })).toMatchObject({
			ok: true
		});

	beforeAll(async () => {
		t = await createTestDatabase();
		await importSeed001(t.db);
		five = await usdTargetId(t.db, '5000000000');
		ten = await usdTargetId(t.db, '10000000000');
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('leaves the chain when its unit is corrected away, and rejoins it when the unit is put back', async () => {
		expect(await revisionOf(ten)).toBe(five);
		await setUnit('VND');
		expect(await revisionOf(ten)).toBeNull();
		await setUnit('USD');
		expect(await revisionOf(ten)).toBe(five);
	});
});
