/**
 * Known Vietnam–Laos projects and programmes. The tracking side seeds its entities table from
 * `ENTITY_REGISTRY`; the matcher (entities.ts) finds any alias on folded text, whatever the
 * diacritics, dash style or spacing. Route names are listed in both word orders.
 */
import { placeVariants } from './places';
import type { Sector } from './types';

export type EntityKind =
	| 'expressway'
	| 'railway'
	| 'port'
	| 'dry_port'
	| 'power_plant'
	| 'transmission_line'
	| 'industrial_park'
	| 'economic_zone'
	| 'corridor'
	| 'border_gate'
	| 'airport'
	| 'bridge'
	| 'mine'
	| 'park'
	| 'building'
	| 'programme'
	| 'agreement'
	| 'mechanism';

/** Kinds of entity that are works built on the ground (a project), as against programmes, agreements and mechanisms. */
export const PROJECT_KINDS: ReadonlySet<string> = new Set<EntityKind>([
	'expressway',
	'railway',
	'port',
	'dry_port',
	'power_plant',
	'transmission_line',
	'industrial_park',
	'economic_zone',
	'corridor',
	'border_gate',
	'airport',
	'bridge',
	'mine',
	'park',
	'building'
]);

export interface RegistryEntity {
	slug: string;
	kind: EntityKind;
	sector: Sector;
	name_vi: string;
	name_en: string;
	aliases: string[];
	/**
	 * A route's two ends, each by any of its names: a route named with stops between them
	 * ("Viêng Chăn – Pắc San – Thanh Thuỷ – Hà Nội") or another spelling of an end is this route.
	 */
	ends?: [string[], string[]];
}

const VL = ['Việt Nam-Lào', 'Lào-Việt Nam', 'Việt-Lào', 'Lào-Việt'];
const VL_EN = [
	'Vietnam-Laos',
	'Laos-Vietnam',
	'Viet Nam-Laos',
	'Vietnam-Lao',
	'Lao-Vietnam',
	'Viet Nam-Lao'
];

/**
 * Every "type A-B" and "type B-A" (Vietnamese order) and "A-B type" (English order), with every
 * listed spelling of each end ("Viêng Chăn", "Vientiane", "Vienchan": places.ts).
 */
function route(typesVi: string[], typesEn: string[], a: string[], b: string[]): string[] {
	const out: string[] = [];
	const spell = (xs: string[]) => [...new Set(xs.flatMap(placeVariants))];
	for (const x of spell(a))
		for (const y of spell(b)) {
			for (const t of typesVi) out.push(`${t} ${x}-${y}`, `${t} ${y}-${x}`);
			for (const t of typesEn) out.push(`${x}-${y} ${t}`, `${y}-${x} ${t}`);
		}
	return out;
}

/** Expands "{VL}" into both country orders, Vietnamese and English spellings. */
function countries(...patterns: string[]): string[] {
	return patterns.flatMap((p) =>
		p.includes('{VL}')
			? VL.map((v) => p.replace('{VL}', v))
			: p.includes('{VLEN}')
				? VL_EN.map((v) => p.replace('{VLEN}', v))
				: [p]
	);
}

export const ENTITY_REGISTRY: RegistryEntity[] = [
	{
		slug: 'hanoi-vientiane-expressway',
		kind: 'expressway',
		sector: 'infrastructure',
		name_vi: 'Đường cao tốc Hà Nội–Vientiane',
		name_en: 'Hanoi–Vientiane expressway',
		aliases: route(
			['đường cao tốc', 'cao tốc', 'tuyến cao tốc'],
			['expressway', 'highway'],
			['Hà Nội', 'Hanoi'],
			['Vientiane', 'Viêng Chăn']
		),
		ends: [['Hà Nội'], ['Vientiane']]
	},
	{
		slug: 'vientiane-vung-ang-railway',
		kind: 'railway',
		sector: 'infrastructure',
		name_vi: 'Đường sắt Vientiane–Vũng Áng',
		name_en: 'Vientiane–Vung Ang railway',
		aliases: [
			...route(
				['tuyến đường sắt', 'đường sắt'],
				['railway', 'railroad', 'rail line', 'rail link'],
				['Vientiane', 'Viêng Chăn', 'Thakhek', 'Thà Khẹt'],
				['Vũng Áng']
			),
			...route(['tuyến đường sắt', 'đường sắt'], ['railway'], ['Lào'], ['Việt Nam']),
			...route([], ['railway'], ['Laos', 'Lao'], ['Vietnam', 'Viet Nam'])
		],
		ends: [['Vientiane', 'Thakhek'], ['Vũng Áng']]
	},
	{
		slug: 'vung-ang-port',
		kind: 'port',
		sector: 'infrastructure',
		name_vi: 'Cảng Vũng Áng',
		name_en: 'Vung Ang port',
		aliases: [
			'cảng Vũng Áng',
			'cảng biển Vũng Áng',
			'cảng nước sâu Vũng Áng',
			'cảng Vũng Áng Việt-Lào',
			'Vũng Áng port',
			'Vũng Áng seaport',
			'Vũng Áng deep-water port',
			'port of Vũng Áng'
		]
	},
	{
		slug: 'thanaleng-dry-port',
		kind: 'dry_port',
		sector: 'infrastructure',
		name_vi: 'Cảng cạn Thanaleng',
		name_en: 'Thanaleng dry port',
		aliases: [
			'cảng cạn Thanaleng',
			'Thanaleng dry port',
			'cảng cạn Viêng Chăn',
			'Vientiane Logistics Park'
		]
	},
	{
		slug: 'vn-la-education-cooperation-scheme-2021-2030',
		kind: 'programme',
		sector: 'education',
		name_vi:
			'Đề án nâng cao chất lượng và hiệu quả hợp tác Việt Nam–Lào trong lĩnh vực giáo dục và phát triển nguồn nhân lực giai đoạn 2021–2030',
		name_en: 'Vietnam–Laos education and human resources cooperation scheme 2021–2030',
		aliases: countries(
			'Đề án hợp tác giáo dục {VL} giai đoạn 2021-2030',
			'Đề án hợp tác giáo dục {VL} 2021-2030',
			'Đề án nâng cao chất lượng và hiệu quả hợp tác {VL} trong lĩnh vực giáo dục và phát triển nguồn nhân lực giai đoạn 2021-2030',
			'{VLEN} education cooperation scheme 2021-2030',
			'{VLEN} education cooperation project 2021-2030',
			'project on improving the quality and efficiency of {VLEN} cooperation in education and human resources development in 2021-2030',
			'project on improving the quality and efficiency of {VLEN} cooperation in education and human resources development for 2021-2030'
		)
	},
	{
		slug: 'vn-la-training-cooperation-protocol-2022-2027',
		kind: 'agreement',
		sector: 'education',
		name_vi: 'Nghị định thư về hợp tác đào tạo Việt Nam–Lào giai đoạn 2022–2027',
		name_en: 'Vietnam–Laos training cooperation protocol 2022–2027',
		aliases: countries(
			'Nghị định thư về hợp tác đào tạo {VL} giai đoạn 2022-2027',
			'Nghị định thư hợp tác đào tạo {VL} giai đoạn 2022-2027',
			'Nghị định thư về hợp tác đào tạo giai đoạn 2022-2027',
			'protocol on training cooperation for 2022-2027',
			'protocol on training cooperation in 2022-2027',
			'{VLEN} training cooperation protocol 2022-2027'
		)
	},
	{
		slug: 'vn-la-intergovernmental-committee',
		kind: 'mechanism',
		sector: 'politics_diplomacy',
		name_vi: 'Ủy ban liên Chính phủ Việt Nam–Lào',
		name_en: 'Vietnam–Laos Intergovernmental Committee',
		aliases: countries(
			'Ủy ban liên Chính phủ {VL}',
			'Ủy ban liên Chính phủ về hợp tác song phương {VL}',
			'{VLEN} Intergovernmental Committee',
			'Intergovernmental Committee'
		)
	},
	{
		slug: 'vn-la-industrial-park-model',
		kind: 'industrial_park',
		sector: 'investment',
		name_vi: 'Mô hình Khu công nghiệp Việt Nam–Lào',
		name_en: 'Vietnam–Laos industrial park model',
		aliases: countries(
			'mô hình Khu công nghiệp {VL}',
			'Khu công nghiệp {VL}',
			'{VLEN} industrial park',
			'{VLEN} industrial zone'
		)
	},
	{
		slug: 'east-west-economic-corridor',
		kind: 'corridor',
		sector: 'trade',
		name_vi: 'Hành lang kinh tế Đông–Tây',
		name_en: 'East–West Economic Corridor',
		aliases: [
			'hành lang kinh tế Đông-Tây',
			'hành lang Đông-Tây',
			'East-West Economic Corridor',
			'EWEC'
		]
	},
	{
		slug: 'laos-vietnam-friendship-park',
		kind: 'park',
		sector: 'culture_tourism',
		name_vi: 'Công viên Hữu nghị Lào–Việt Nam',
		name_en: 'Laos–Vietnam Friendship Park',
		aliases: countries('Công viên Hữu nghị {VL}', '{VLEN} Friendship Park')
	},
	{
		slug: 'vn-la-trade-agreement',
		kind: 'agreement',
		sector: 'trade',
		name_vi: 'Hiệp định Thương mại Việt Nam–Lào',
		name_en: 'Vietnam–Laos Trade Agreement',
		aliases: [
			...countries('Hiệp định Thương mại {VL}', '{VLEN} Trade Agreement'),
			'Hiệp định thương mại song phương',
			'bilateral trade agreement'
		]
	},
	{
		slug: 'vn-la-border-trade-agreement',
		kind: 'agreement',
		sector: 'trade',
		name_vi: 'Hiệp định Thương mại biên giới Việt Nam–Lào',
		name_en: 'Vietnam–Laos Border Trade Agreement',
		aliases: [
			...countries('Hiệp định Thương mại biên giới {VL}', '{VLEN} Border Trade Agreement'),
			'border trade agreement',
			'Hiệp định thương mại biên giới',
			'Hiệp định về thương mại biên giới',
			'Agreement on Border Trade'
		]
	},
	{
		slug: 'monsoon-wind-power',
		kind: 'power_plant',
		sector: 'energy',
		name_vi: 'Dự án điện gió Monsoon',
		name_en: 'Monsoon wind power project',
		aliases: [
			'điện gió Monsoon',
			'nhà máy điện gió Monsoon',
			'Monsoon wind power project',
			'Monsoon wind farm',
			'Monsoon Wind Power'
		]
	},
	{
		slug: 'monsoon-thanh-my-500kv-line',
		kind: 'transmission_line',
		sector: 'energy',
		name_vi: 'Đường dây 500 kV Monsoon–Thạnh Mỹ',
		name_en: 'Monsoon–Thanh My 500 kV transmission line',
		aliases: route(
			['đường dây 500 kV', 'đường dây 500kV', 'đường dây truyền tải 500 kV'],
			['500 kV transmission line', '500kV transmission line', 'transmission line'],
			['Monsoon'],
			['Thạnh Mỹ']
		),
		ends: [['Monsoon'], ['Thạnh Mỹ']]
	},
	{
		slug: 'xekaman-1-hydropower',
		kind: 'power_plant',
		sector: 'energy',
		name_vi: 'Nhà máy thủy điện Xekaman 1',
		name_en: 'Xekaman 1 hydropower plant',
		aliases: [
			'thủy điện Xekaman 1',
			'thủy điện Xê Ca Mản 1',
			'Xekaman 1 hydropower',
			'Xe Kaman 1 hydropower',
			'Xekaman 1',
			'Xe Kaman 1',
			'Xê Ca Mản 1'
		]
	},
	{
		slug: 'xekaman-3-hydropower',
		kind: 'power_plant',
		sector: 'energy',
		name_vi: 'Nhà máy thủy điện Xekaman 3',
		name_en: 'Xekaman 3 hydropower plant',
		aliases: [
			'thủy điện Xekaman 3',
			'thủy điện Xê Ca Mản 3',
			'Xekaman 3 hydropower',
			'Xe Kaman 3 hydropower',
			'Xekaman 3',
			'Xe Kaman 3',
			'Xê Ca Mản 3'
		]
	},
	{
		slug: 'luang-prabang-hydropower',
		kind: 'power_plant',
		sector: 'energy',
		name_vi: 'Nhà máy thủy điện Luang Prabang',
		name_en: 'Luang Prabang hydropower plant',
		aliases: [
			'thủy điện Luang Prabang',
			'thủy điện Luông Pha Băng',
			'Luang Prabang hydropower',
			'Luang Prabang hydroelectric'
		]
	},
	{
		slug: 'lao-national-assembly-house',
		kind: 'building',
		sector: 'infrastructure',
		name_vi: 'Nhà Quốc hội Lào',
		name_en: 'Lao National Assembly House',
		aliases: [
			'Nhà Quốc hội Lào',
			'Nhà Quốc hội mới Lào',
			'Nhà Quốc hội mới của Lào',
			'Nhà Quốc hội Lào mới',
			'Lao National Assembly House',
			'Lao National Assembly building',
			'new Lao National Assembly building',
			'new National Assembly building of Laos',
			'National Assembly House of Laos'
		]
	}
];
