import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments } from '../../src/lib/server/db/schema';
import { updateItemFields } from '../../src/lib/server/editor/items';
import { ItemFieldsSchema } from '../../src/lib/server/editor/fields';
import { importArticle } from '../../src/lib/server/pipeline/import';
import { getItemSnapshot } from '../../src/lib/server/queries/editor-items';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { makeEditor } from './editor-fixtures';

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
	const setUnit = async (unit: string) => {
		const snap = (await getItemSnapshot(t.db, ten))!;
		const editor = await makeEditor(t.db, `ed-${unit}@example.org`);
		const saved = await updateItemFields(t.db, editor, {
			id: ten,
			expectedVersion: snap.version,
			fields: ItemFieldsSchema.parse({ ...snap, unit }),
			publicNote: null
		});
		expect(saved).toMatchObject({ ok: true });
	};
	const idOf = async (value: string) =>
		(
			await t.db
				.select({ id: commitments.id })
				.from(commitments)
				.where(and(eq(commitments.unit, 'USD'), eq(commitments.targetValue, value)))
		)[0]!.id;

	beforeAll(async () => {
		t = await createTestDatabase();
		const r = await importArticle(
			t.db,
			'001_73471ccb4a1099fa.txt',
			readFileSync('seeds/001_73471ccb4a1099fa.txt')
		);
		expect(r.outcome).toBe('added');
		five = await idOf('5000000000');
		ten = await idOf('10000000000');
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
