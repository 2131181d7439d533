import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/lib/server/extract/entities';
import { fold } from '../../src/lib/server/extract/fold';
import { placeKey, placeVariants } from '../../src/lib/server/extract/places';
import { decideLink, type LinkCandidate, type LinkInput } from '../../src/lib/server/track/link';
import { refersBack, referents } from '../../src/lib/server/track/referents';

// General linking rules of 3 Dec (issue 13, deliverable 8). Every sentence here was written for
// this test in the register of the reports the tracker reads; none is copied from an article.
const slugs = (t: string) => findEntities(fold(t).text).map((e) => e.slug);

describe('place names spelt several ways', () => {
	it('gives one key to the Vietnamese, romanised and run-together spellings of a place', () => {
		expect(placeKey('Viêng Chăn')).toBe('vientiane');
		expect(placeKey('Vienchan')).toBe('vientiane');
		expect(placeKey('Viêng_Chăn')).toBe('vientiane');
		expect(placeKey('Thà Khẹc')).toBe(placeKey('Thakhek'));
		expect(placeKey('Xiêng Khoảng')).toBe(placeKey('Xieng Khouang'));
		expect(placeKey('Hà Nội')).toBe(placeKey('Hanoi'));
		// A place not listed keeps its own slug.
		expect(placeKey('Lào Cai')).toBe('lao-cai');
		expect(placeVariants('Vientiane')).toContain('Viêng Chăn');
	});

	it('resolves a registry route written with another spelling of an end, in either order', () => {
		expect(slugs('khởi công đường cao tốc Vienchan – Hà Nội')).toEqual([
			'hanoi-vientiane-expressway'
		]);
		expect(slugs('nghiên cứu tuyến đường sắt Thà Khẹc - Vũng Áng')).toEqual([
			'vientiane-vung-ang-railway'
		]);
	});

	it('names a route by its two ends, whatever stops and provinces are listed between them', () => {
		expect(
			slugs('lập báo cáo cho đường cao tốc Viêng Chăn – Pắc Xan – Vinh (Nghệ An) – Hà Nội')
		).toEqual(['hanoi-vientiane-expressway']);
		expect(slugs('khảo sát đường sắt Viêng Chăn - Thà Khẹc - Mụ Giạ - Vũng Áng')).toEqual([
			'vientiane-vung-ang-railway'
		]);
		// A route outside the registry: its sorted ends, with the place spellings unified.
		expect(slugs('mở đường sắt Boten - Luông Pha Băng - Viêng Chăn')).toEqual(
			slugs('mở đường sắt Vientiane - Boten')
		);
	});

	it('knows the Lao National Assembly House under the names a report gives the new building', () => {
		expect(slugs('đoàn kiểm tra công trình nhà Quốc hội mới của Lào')).toEqual([
			'lao-national-assembly-house'
		]);
		expect(slugs('khởi công tòa nhà Quốc hội Lào')).toEqual(['lao-national-assembly-house']);
	});
});

describe('one project named several ways in one article', () => {
	const raw = [
		'Hai bộ trưởng dự lễ khánh thành Trung tâm nghiên cứu giống cây trồng nông nghiệp của Lào tại tỉnh Luang Prabang.',
		'Dự án được khởi công năm 2022 và sẽ hoàn thành trong năm 2026.',
		'Phía Lào hứa sẽ quản lý và khai thác hiệu quả dự án.',
		'Hai bên cũng nhất trí triển khai các dự án hạ tầng khác.'
	].join('\n');
	const at = (s: string) => ({
		start: raw.indexOf(s),
		end: raw.indexOf(s) + s.length,
		quote: s,
		entities: []
	});

	it('tells a bare "dự án" / "công trình" from a plural or a project with its own name', () => {
		expect(refersBack('Dự án được khởi công năm 2022')).toBe(true);
		expect(refersBack('khai thác hiệu quả dự án.')).toBe(true);
		expect(refersBack('dự kiến công trình sẽ bàn giao vào năm sau')).toBe(true);
		expect(refersBack('the project will be handed over next year')).toBe(true);
		expect(refersBack('triển khai các dự án hạ tầng khác')).toBe(false);
		expect(refersBack('những công trình trọng điểm')).toBe(false);
		expect(refersBack('dự án đường cao tốc mới')).toBe(false);
		expect(refersBack('the project of a new port')).toBe(false);
	});

	it('gives the pledges about "the project" the facility the article named before them', () => {
		const cs = [
			at('Dự án được khởi công năm 2022 và sẽ hoàn thành trong năm 2026'),
			at('Phía Lào hứa sẽ quản lý và khai thác hiệu quả dự án'),
			at('Hai bên cũng nhất trí triển khai các dự án hạ tầng khác')
		];
		const r = referents(raw, cs);
		expect(r.get(0)?.slug).toBe('trung-tam-nghien-cuu-giong-cay-trong-nong-nghiep');
		expect(r.get(0)?.nameVi).toBe('Trung tâm nghiên cứu giống cây trồng nông nghiệp');
		expect(r.get(1)?.slug).toBe(r.get(0)?.slug);
		expect(r.has(2)).toBe(false);
	});

	it('takes the last project named before the quote, and none when the article names none before it', () => {
		const two = [
			'Đoàn công tác thăm công trình nhà Quốc hội mới của Lào.',
			'Sau đó đoàn làm việc về đường cao tốc Hà Nội – Viêng Chăn.',
			'Hai bên nhất trí công trình sẽ hoàn thành đúng tiến độ.'
		].join('\n');
		const q = 'Hai bên nhất trí công trình sẽ hoàn thành đúng tiến độ';
		const r = referents(two, [
			{ start: two.indexOf(q), end: two.indexOf(q) + q.length, quote: q, entities: [] }
		]);
		expect(r.get(0)?.slug).toBe('hanoi-vientiane-expressway');
		const none = 'Dự án sẽ được triển khai sớm.';
		expect(referents(none, [{ start: 0, end: 28, quote: none, entities: [] }]).size).toBe(0);
	});

	it('leaves a commitment that names its own entity alone', () => {
		const q = 'Dự án được khởi công năm 2022';
		expect(
			referents(raw, [
				{ start: raw.indexOf(q), end: raw.indexOf(q) + q.length, quote: q, entities: ['x-port'] }
			]).size
		).toBe(0);
	});
});

describe('milestones of one project in one story', () => {
	const input = (o: Partial<LinkInput>): LinkInput => ({
		title: 'Handover of the building',
		sector: 'infrastructure',
		kind: 'project',
		quote: 'the building will be handed over in 2020',
		target_value: null,
		target_value_max: null,
		unit: null,
		target_year: 2020,
		entities: ['lao-national-assembly-house'],
		...o
	});
	const item: LinkCandidate = {
		id: 4,
		title: 'Groundbreaking in 2017',
		sector: 'infrastructure',
		kind: 'project',
		targetValue: null,
		targetValueMax: null,
		unit: null,
		targetYear: 2017,
		entitySlugs: ['lao-national-assembly-house']
	};

	it('links a project milestone of another year stated in the same article', () => {
		expect(decideLink(input({}), [{ ...item, storyIds: [9] }], { articleId: 9 })).toMatchObject({
			action: 'link',
			commitmentId: 4,
			reason: { rule: 'entity' }
		});
	});

	it('still treats another year from a later article as a revised deadline', () => {
		expect(decideLink(input({}), [{ ...item, storyIds: [9] }], { articleId: 10 })).toMatchObject({
			action: 'create'
		});
	});
});
