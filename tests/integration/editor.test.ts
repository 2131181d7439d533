import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	auditLog,
	commitments,
	mentions,
	proposals,
	statusEvents
} from '../../src/lib/server/db/schema';
import { updateItemFields } from '../../src/lib/server/editor/items';
import { getItemSnapshot } from '../../src/lib/server/queries/editor-items';
import { changeStatus } from '../../src/lib/server/editor/status';
import { mergeItems, splitMention } from '../../src/lib/server/editor/merge';
import { acceptProposal, rejectProposal } from '../../src/lib/server/editor/proposals';
import { listProposals } from '../../src/lib/server/queries/proposals';
import { listAudit, listCorrections } from '../../src/lib/server/queries/audit';
import {
	ItemFieldsSchema,
	StatusChangeSchema,
	type ItemFields
} from '../../src/lib/server/editor/fields';
import type { Actor } from '../../src/lib/server/editor/actor';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { inLocale } from '../helpers/locale';
import { storedText } from '../../src/lib/i18n/system-text';
import type { StoredText } from '../../src/lib/system-text';
import { makeEditor, makeItem } from './editor-fixtures';

const english = (s: StoredText) => inLocale('en', () => storedText(s));

const fieldsOf = (s: ItemFields & Record<string, unknown>): ItemFields =>
	ItemFieldsSchema.parse({ ...s });

describe(`editor writes (${backendName})`, () => {
	let t: TestDatabase;
	let ana: Actor;
	let binh: Actor;
	beforeAll(async () => {
		t = await createTestDatabase();
		ana = await makeEditor(t.db, 'ana@example.org');
		binh = await makeEditor(t.db, 'binh@example.org');
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('edits fields, bumps the version and logs before/after with a public correction', async () => {
		const { itemId } = await makeItem(t.db, {
			title: 'Dry port at Thakhek',
			sentences: ['The two ministries will finish a dry port at Thakhek by 2027.']
		});
		const before = (await getItemSnapshot(t.db, itemId))!;
		const result = await updateItemFields(t.db, ana, {
			id: itemId,
			expectedVersion: before.version,
			fields: fieldsOf({ ...before, title: 'Thakhek dry port', deadline: '2027-12-31' }),
			publicNote: 'The deadline was misread.'
		});
		expect(result).toEqual({ ok: true, version: before.version + 1 });
		const [entry] = await listAudit(t.db, { entityType: 'commitment', entityId: itemId });
		expect(entry).toMatchObject({
			by: 'ana@example.org',
			action: 'item.edit',
			before: { title: 'Dry port at Thakhek', deadline: null },
			after: { title: 'Thakhek dry port', deadline: '2027-12-31' }
		});
		const corrections = await listCorrections(t.db);
		expect(corrections[0]).toMatchObject({ commitmentId: itemId });
		expect(english(corrections[0]!.note)).toBe(
			'The deadline was misread. Corrected Title: “Dry port at Thakhek” → “Thakhek dry port”; Deadline: “—” → “31 Dec 2027”.'
		);
		expect(JSON.stringify(corrections)).not.toContain('ana@example.org');
	});

	it('two concurrent edits from the same version: one saves, the other gets a conflict showing what changed, nothing is lost', async () => {
		const { itemId } = await makeItem(t.db, {
			title: 'Savannakhet bridge',
			sentences: ['A second bridge at Savannakhet will open to traffic in 2028.']
		});
		const base = (await getItemSnapshot(t.db, itemId))!;
		const [a, b] = await Promise.all([
			updateItemFields(t.db, ana, {
				id: itemId,
				expectedVersion: base.version,
				fields: fieldsOf({ ...base, title: 'Ana’s title' }),
				publicNote: null
			}),
			updateItemFields(t.db, binh, {
				id: itemId,
				expectedVersion: base.version,
				fields: fieldsOf({ ...base, targetYear: 2029 }),
				publicNote: null
			})
		]);
		const results = [a, b];
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		const lost = results.find((r) => !r.ok)!;
		expect(lost).toMatchObject({ ok: false, reason: 'conflict' });
		const winner = a.ok
			? { title: 'Ana’s title', targetYear: null }
			: { title: 'Savannakhet bridge', targetYear: 2029 };
		const conflict = (
			lost as {
				conflict: {
					current: ItemFields & { version: number };
					changes: { by: string; before: unknown; after: unknown }[];
				};
			}
		).conflict;
		expect(conflict.current).toMatchObject({ ...winner, version: base.version + 1 });
		expect(conflict.changes).toHaveLength(1);
		expect(conflict.changes[0]!.by).toBe(a.ok ? 'ana@example.org' : 'binh@example.org');
		expect((await getItemSnapshot(t.db, itemId))!).toMatchObject(winner);

		// Reapplying on top of the newer version keeps both changes.
		const reapplied = await updateItemFields(t.db, a.ok ? binh : ana, {
			id: itemId,
			expectedVersion: conflict.current.version,
			fields: fieldsOf({
				...conflict.current,
				...(a.ok ? { targetYear: 2029 } : { title: 'Ana’s title' })
			}),
			publicNote: null
		});
		expect(reapplied).toMatchObject({ ok: true, version: base.version + 2 });
		expect(await getItemSnapshot(t.db, itemId)).toMatchObject({
			title: 'Ana’s title',
			targetYear: 2029
		});
	});

	it('refuses a status change without evidence or reason, and records one with them', async () => {
		expect(
			StatusChangeSchema.safeParse({ toStatus: 'in_progress', reason: 'Ground was broken in May.' })
				.success
		).toBe(false);
		expect(
			StatusChangeSchema.safeParse({ toStatus: 'in_progress', reason: '', note: 'seen on site' })
				.success
		).toBe(false);
		expect(
			StatusChangeSchema.safeParse({
				toStatus: 'finished',
				reason: 'Ground was broken in May.',
				note: 'x'
			}).success
		).toBe(false);
		const { itemId, mentionIds } = await makeItem(t.db, {
			title: 'Solar farm in Attapeu',
			sentences: ['Work on a 600 MW solar farm in Attapeu began this spring.']
		});
		const v = (await getItemSnapshot(t.db, itemId))!.version;
		const change = StatusChangeSchema.parse({
			toStatus: 'in_progress',
			reason: 'The article reports that construction began.',
			evidenceMentionId: String(mentionIds[0])
		});
		const result = await changeStatus(t.db, ana, {
			...change,
			commitmentId: itemId,
			expectedVersion: v
		});
		expect(result).toMatchObject({ ok: true, version: v + 1 });
		const events = await t.db
			.select()
			.from(statusEvents)
			.where(eq(statusEvents.commitmentId, itemId));
		expect(events.at(-1)).toMatchObject({
			fromStatus: 'announced',
			toStatus: 'in_progress',
			userId: ana.id,
			evidenceMentionId: mentionIds[0]
		});
		// Given no date, the change counts from the day its evidence was published (the fixture
		// article's 2025-06-01), not from the day the editor recorded it.
		expect(events.at(-1)!.effectiveOn).toBe('2025-06-01');
		const stale = await changeStatus(t.db, binh, {
			...change,
			toStatus: 'stalled',
			commitmentId: itemId,
			expectedVersion: v
		});
		expect(stale).toMatchObject({
			ok: false,
			reason: 'conflict',
			conflict: { current: { status: 'in_progress' } }
		});

		const other = await makeItem(t.db, {
			title: 'Unrelated school',
			sentences: ['A new school in Luang Prabang will teach 400 pupils.']
		});
		const foreign = await changeStatus(t.db, ana, {
			...change,
			evidenceMentionId: other.mentionIds[0]!,
			commitmentId: itemId,
			expectedVersion: v + 1
		});
		expect(foreign).toMatchObject({ ok: false, reason: 'invalid' });
	});

	it('accepts a status proposal once, with the proposal’s quote as evidence', async () => {
		const { itemId, mentionIds } = await makeItem(t.db, {
			title: 'Power line to Sekong',
			sentences: ['The power line to Sekong was completed and energised last month.']
		});
		const [p] = await t.db
			.insert(proposals)
			.values({
				kind: 'status',
				commitmentId: itemId,
				mentionId: mentionIds[0],
				payload: { toStatus: 'achieved', reason: 'completion cue' }
			})
			.returning();
		const queued = (await listProposals(t.db)).find((q) => q.id === p!.id)!;
		expect(queued.mention).toMatchObject({
			quote: 'The power line to Sekong was completed and energised last month.',
			cues: ['test-cue']
		});
		const version = queued.commitment!.version;
		const [first, second] = await Promise.all([
			acceptProposal(t.db, ana, { proposalId: p!.id, itemVersion: version }),
			acceptProposal(t.db, binh, { proposalId: p!.id, itemVersion: version })
		]);
		expect([first, second].filter((r) => r.ok)).toHaveLength(1);
		expect([first, second].find((r) => !r.ok)).toMatchObject({ reason: 'decided' });
		const events = await t.db
			.select()
			.from(statusEvents)
			.where(and(eq(statusEvents.commitmentId, itemId), eq(statusEvents.toStatus, 'achieved')));
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({ evidenceMentionId: mentionIds[0], reason: 'completion cue' });
	});

	it('accepting a new item under a better title tells readers in the corrections log', async () => {
		const { itemId, mentionIds } = await makeItem(t.db, {
			title: 'Bus route Vinh to Thakhek',
			sentences: ['A bus route from Vinh to Thakhek will start running next year.']
		});
		const [p] = await t.db
			.insert(proposals)
			.values({ kind: 'new_item', commitmentId: itemId, mentionId: mentionIds[0] })
			.returning();
		const version = (await getItemSnapshot(t.db, itemId))!.version;
		const accepted = await acceptProposal(t.db, ana, {
			proposalId: p!.id,
			itemVersion: version,
			title: 'Vinh – Thakhek bus route'
		});
		expect(accepted).toMatchObject({ ok: true });
		const line = (await listCorrections(t.db)).find((c) => c.commitmentId === itemId);
		expect(english(line!.note)).toBe(
			`Item #${itemId} retitled: “Bus route Vinh to Thakhek” → “Vinh – Thakhek bus route”.`
		);
	});

	it('the review card corrects a new item’s sector and kind as it accepts it', async () => {
		const { itemId, mentionIds } = await makeItem(t.db, {
			title: 'Scholarships for Lao students',
			sentences: ['Vietnam will grant 1,000 scholarships to Lao students each year.']
		});
		const [p] = await t.db
			.insert(proposals)
			.values({ kind: 'new_item', commitmentId: itemId, mentionId: mentionIds[0] })
			.returning();
		const version = (await getItemSnapshot(t.db, itemId))!.version;
		const accepted = await acceptProposal(t.db, ana, {
			proposalId: p!.id,
			itemVersion: version,
			sector: 'education',
			kind: 'programme'
		});
		expect(accepted).toMatchObject({ ok: true });
		const [row] = await t.db.select().from(commitments).where(eq(commitments.id, itemId));
		expect(row).toMatchObject({ sector: 'education', kind: 'programme', version: version + 1 });
		const [entry] = await listAudit(t.db, { entityType: 'commitment', entityId: itemId, limit: 1 });
		expect(entry).toMatchObject({
			action: 'item.edit',
			after: { sector: 'education', kind: 'programme' }
		});
	});

	it('a conflicting acceptance rolls back: the proposal stays open', async () => {
		const { itemId, mentionIds } = await makeItem(t.db, {
			title: 'Road 9 upgrade',
			sentences: ['Upgrading Road 9 started in the dry season of that year.']
		});
		const [p] = await t.db
			.insert(proposals)
			.values({
				kind: 'status',
				commitmentId: itemId,
				mentionId: mentionIds[0],
				payload: { toStatus: 'in_progress' }
			})
			.returning();
		const result = await acceptProposal(t.db, ana, { proposalId: p!.id, itemVersion: 999 });
		expect(result).toMatchObject({ ok: false, reason: 'conflict' });
		const [row] = await t.db.select().from(proposals).where(eq(proposals.id, p!.id));
		expect(row!.state).toBe('open');
		expect(
			await t.db
				.select()
				.from(auditLog)
				.where(and(eq(auditLog.entityType, 'proposal'), eq(auditLog.entityId, p!.id)))
		).toHaveLength(0);
	});

	it('rejecting a link splits the mention into its own item; rejecting a new item removes it but keeps its record', async () => {
		const linked = await makeItem(t.db, {
			title: 'Hydropower in Xekaman',
			sentences: [
				'The Xekaman plant will sell power to the grid from 2026.',
				'A vocational college will open beside the dam site.'
			]
		});
		const [link] = await t.db
			.insert(proposals)
			.values({ kind: 'link', commitmentId: linked.itemId, mentionId: linked.mentionIds[1] })
			.returning();
		const split = await rejectProposal(t.db, ana, { proposalId: link!.id, itemVersion: 1 });
		expect(split).toMatchObject({ ok: true });
		const newId = (split as { itemId: number }).itemId;
		expect(newId).not.toBe(linked.itemId);
		const [moved] = await t.db
			.select()
			.from(mentions)
			.where(eq(mentions.id, linked.mentionIds[1]!));
		expect(moved!.commitmentId).toBe(newId);
		expect(
			await t.db.select().from(statusEvents).where(eq(statusEvents.commitmentId, newId))
		).toHaveLength(1);

		const grown = await makeItem(t.db, {
			title: 'Item with later evidence',
			sentences: [
				'The ferry across the river will run daily from next year.',
				'A later report says the daily ferry service is on schedule.'
			]
		});
		const [gp] = await t.db
			.insert(proposals)
			.values({ kind: 'new_item', commitmentId: grown.itemId, mentionId: grown.mentionIds[0] })
			.returning();
		expect(await rejectProposal(t.db, ana, { proposalId: gp!.id, itemVersion: 1 })).toMatchObject({
			ok: false,
			reason: 'invalid'
		});
		expect(
			await t.db.select().from(mentions).where(eq(mentions.commitmentId, grown.itemId))
		).toHaveLength(2);
		expect((await t.db.select().from(proposals).where(eq(proposals.id, gp!.id)))[0]!.state).toBe(
			'open'
		);

		const bogus = await makeItem(t.db, {
			title: 'Not a pledge',
			sentences: ['The weather in Vientiane was warm during the visit.']
		});
		const [ni] = await t.db
			.insert(proposals)
			.values({ kind: 'new_item', commitmentId: bogus.itemId, mentionId: bogus.mentionIds[0] })
			.returning();
		expect(await rejectProposal(t.db, binh, { proposalId: ni!.id, itemVersion: 1 })).toMatchObject({
			ok: true,
			itemId: null
		});
		expect(
			await t.db.select().from(commitments).where(eq(commitments.id, bogus.itemId))
		).toHaveLength(0);
		const [kept] = await t.db.select().from(proposals).where(eq(proposals.id, ni!.id));
		expect(kept).toMatchObject({ state: 'rejected', decidedBy: binh.id });
		const [removal] = await listAudit(t.db, { entityType: 'commitment', entityId: bogus.itemId });
		expect(removal).toMatchObject({
			action: 'item.remove',
			after: null,
			before: { title: 'Not a pledge' }
		});
		expect(
			english({ text: removal!.publicNote, key: removal!.noteKey, params: removal!.noteParams })
		).toContain('not a commitment');
	});

	it('merges a duplicate into another item, moving its evidence; a stale merge changes nothing', async () => {
		const keep = await makeItem(t.db, {
			title: 'Rail link Vientiane port',
			sentences: ['The rail link to the port will carry freight by 2030.']
		});
		const dup = await makeItem(t.db, {
			title: 'Port rail link',
			sentences: ['Freight trains will reach the port on the new rail link by 2030.']
		});
		const stale = await mergeItems(t.db, ana, {
			sourceId: dup.itemId,
			sourceVersion: 7,
			targetId: keep.itemId,
			targetVersion: 1,
			publicNote: null
		});
		expect(stale).toMatchObject({ ok: false, reason: 'conflict' });
		expect((await getItemSnapshot(t.db, dup.itemId))!.mergedIntoId).toBeNull();
		const merged = await mergeItems(t.db, ana, {
			sourceId: dup.itemId,
			sourceVersion: 1,
			targetId: keep.itemId,
			targetVersion: 1,
			publicNote: null
		});
		expect(merged).toMatchObject({ ok: true, version: 2 });
		expect((await getItemSnapshot(t.db, dup.itemId))!.mergedIntoId).toBe(keep.itemId);
		const [{ n }] = (await t.db
			.select({ n: count() })
			.from(mentions)
			.where(eq(mentions.commitmentId, keep.itemId))) as [{ n: number }];
		expect(Number(n)).toBe(2);
		expect(english((await listCorrections(t.db))[0]!.note)).toContain(
			`merged into #${keep.itemId}`
		);
	});

	it('will not split an item’s only quote', async () => {
		const lone = await makeItem(t.db, {
			title: 'Lone quote',
			sentences: ['One hundred teachers will train in Hanoi each year.']
		});
		expect(
			await splitMention(t.db, ana, {
				mentionId: lone.mentionIds[0]!,
				expectedVersion: 1,
				title: null,
				publicNote: null
			})
		).toMatchObject({ ok: false, reason: 'invalid' });
	});

	it('splits from an item’s page only that item’s quotes: another item’s quote is refused and stays where it was', async () => {
		const page = await makeItem(t.db, {
			title: 'School in Luang Prabang',
			sentences: [
				'A school will open in Luang Prabang in 2027.',
				'The school will teach 400 pupils.'
			]
		});
		const other = await makeItem(t.db, {
			title: 'Clinic in Pakse',
			sentences: ['A clinic will open in Pakse in 2026.', 'The clinic will have 50 beds.']
		});
		const refused = await splitMention(t.db, ana, {
			mentionId: other.mentionIds[1]!,
			fromItemId: page.itemId,
			expectedVersion: 1,
			title: null,
			publicNote: null
		});
		expect(refused).toMatchObject({
			ok: false,
			reason: 'invalid',
			// Worded in the request's language; both numbers are named either way.
			message: expect.stringMatching(new RegExp(`#${other.mentionIds[1]}\\b.*#${page.itemId}\\b`))
		});
		const [moved] = await t.db
			.select({ item: mentions.commitmentId })
			.from(mentions)
			.where(eq(mentions.id, other.mentionIds[1]!));
		expect(moved!.item).toBe(other.itemId);
		expect(
			await splitMention(t.db, ana, {
				mentionId: page.mentionIds[1]!,
				fromItemId: page.itemId,
				expectedVersion: 1,
				title: null,
				publicNote: null
			})
		).toMatchObject({ ok: true });
	});
});
