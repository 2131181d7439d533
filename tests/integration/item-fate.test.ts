import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposals } from '../../src/lib/server/db/schema';
import { mergeItems } from '../../src/lib/server/editor/merge';
import { rejectProposal } from '../../src/lib/server/editor/proposals';
import { itemFate } from '../../src/lib/server/queries/fate';
import { getCommitment } from '../../src/lib/server/queries';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { makeEditor, makeItem } from './editor-fixtures';
import { inLocale } from '../helpers/locale';
import { storedText } from '../../src/lib/i18n/system-text';

describe(`what became of an item without a page (${backendName})`, () => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await createTestDatabase();
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('follows merges, also chained ones, to the item still shown', async () => {
		const ana = await makeEditor(t.db, 'fate-ana@example.org');
		const a = await makeItem(t.db, {
			title: 'Bridge over the border river',
			sentences: ['The two sides will build a bridge over the border river by 2028.']
		});
		const b = await makeItem(t.db, {
			title: 'Border river bridge',
			sentences: ['A new bridge across the border river will be finished by 2028.']
		});
		const c = await makeItem(t.db, {
			title: 'Cross-border bridge',
			sentences: ['The cross-border bridge on the river is due in 2028.']
		});
		expect(await itemFate(t.db, a.itemId)).toBeNull();
		expect(
			await mergeItems(t.db, ana, {
				sourceId: a.itemId,
				sourceVersion: 1,
				targetId: b.itemId,
				targetVersion: 1,
				publicNote: null
			})
		).toMatchObject({ ok: true });
		expect(await itemFate(t.db, a.itemId)).toEqual({ kind: 'merged', intoId: b.itemId });
		expect(
			await mergeItems(t.db, ana, {
				sourceId: b.itemId,
				sourceVersion: 2,
				targetId: c.itemId,
				targetVersion: 1,
				publicNote: null
			})
		).toMatchObject({ ok: true });
		expect(await itemFate(t.db, a.itemId)).toEqual({ kind: 'merged', intoId: c.itemId });
		expect(await getCommitment(t.db, c.itemId, '2100-01-01')).not.toBeNull();
		expect(await itemFate(t.db, c.itemId)).toBeNull();
	});

	it('tells a removed item by its public reason and the corrections entry, and knows nothing of ids never used', async () => {
		const binh = await makeEditor(t.db, 'fate-binh@example.org');
		const bogus = await makeItem(t.db, {
			title: 'Not a pledge at all',
			sentences: ['The weather in Vientiane was warm during the visit.']
		});
		const [p] = await t.db
			.insert(proposals)
			.values({ kind: 'new_item', commitmentId: bogus.itemId, mentionId: bogus.mentionIds[0] })
			.returning();
		expect(
			await rejectProposal(t.db, binh, {
				proposalId: p!.id,
				itemVersion: 1,
				publicNote: 'Weather report, no undertaking.'
			})
		).toMatchObject({ ok: true });
		const fate = await itemFate(t.db, bogus.itemId);
		expect(fate).toMatchObject({
			kind: 'removed',
			id: bogus.itemId,
			title: 'Not a pledge at all'
		});
		// The editor's note as typed, then the system's sentence in the reader's language.
		const reason = fate?.kind === 'removed' ? fate.reason : null;
		expect(inLocale('en', () => storedText(reason!))).toMatch(
			/^Weather report, no undertaking\. Removed item/
		);
		expect(inLocale('vi', () => storedText(reason!))).toMatch(
			/^Weather report, no undertaking\. Đã gỡ mục/
		);
		expect(fate?.kind === 'removed' && fate.correctionId).toBeGreaterThan(0);
		expect(await itemFate(t.db, 987654)).toBeNull();
	});
});
