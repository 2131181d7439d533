/**
 * English reporting style (issue #12): how VNA, VnExpress International, Vientiane Times, Xinhua and
 * Laotian Times write undertakings, and the English false friends. Every sentence is written for this
 * file, reproducing a construction seen in real coverage; none is copied from an article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../helpers/extract';
import {
	evaluateArticle,
	summarise,
	type GoldArticle
} from '../../src/lib/server/extract/evaluate';
import { extractArticle, type Extraction } from '../../src/lib/server/extract/index';
import { parseArticle } from '../../src/lib/server/ingest/parse';

function run(lines: string[], published: string | null = '2024-05-20'): Extraction {
	return extractBlocks('en', lines, published, '\n', 'Headline');
}

const quotes = (out: Extraction): string[] => out.commitments.map((c) => c.quote);

describe('undertakings in English reporting style', () => {
	it('reads "consented to" as an agreement', () => {
		const out = run([
			'The two sides consented to improve the efficiency of cooperation in education, with priority given to vocational training and scholarships.'
		]);
		expect(out.commitments).toHaveLength(1);
		expect(out.commitments[0]!.sector).toBe('education');
		expect(out.commitments[0]!.cues).toContain('en:consented');
	});

	it('splits one long pledge listing undertakings in different fields into one item per verb', () => {
		const out = run([
			'The leaders pledged to step up investment in energy, expand railway links and remove obstacles for Vietnamese businesses in Laos.'
		]);
		expect(quotes(out)).toEqual([
			'The leaders pledged to step up investment in energy',
			'expand railway links',
			'remove obstacles for Vietnamese businesses in Laos'
		]);
		expect(out.commitments.map((c) => c.sector)).toEqual([
			'energy',
			'infrastructure',
			'investment'
		]);
		expect(out.commitments.every((c) => c.cues.includes('en:pledged') && c.novelty === 'new')).toBe(
			true
		);
	});

	it('splits a comma list after a modal and keeps a two-verb pair in one field whole', () => {
		const out = run([
			'Both countries will devise measures to ensure the progress of Vietnamese investment projects in Laos, lift two-way trade and upgrade border markets.'
		]);
		expect(quotes(out)).toEqual([
			'Both countries will devise measures to ensure the progress of Vietnamese investment projects in Laos',
			'lift two-way trade and upgrade border markets'
		]);
		expect(out.commitments.map((c) => c.sector)).toEqual(['investment', 'trade']);
		expect(
			run([
				'The two ministries will strengthen cooperation in agriculture and remove obstacles to Vietnamese investment projects in Laos.'
			]).commitments
		).toHaveLength(1);
	});

	it('starts a second undertaking at "and consented/vowed to"', () => {
		const out = run([
			'They concurred to effectively implement the cooperation agreement for 2021-2025 and vowed to raise two-way trade to US$2 billion next year.'
		]);
		expect(quotes(out)).toEqual([
			'They concurred to effectively implement the cooperation agreement for 2021-2025',
			'vowed to raise two-way trade to US$2 billion next year'
		]);
		expect(out.commitments[1]).toMatchObject({
			sector: 'trade',
			target_value: '2000000000',
			target_year: 2025
		});
	});

	it('reads "were unanimous in", "suggested that Vietnam and Laos …" and "the determination to …"', () => {
		const unanimous = run([
			'The two ministries were unanimous in upgrading the road to the Cau Treo border gate within two years.'
		]);
		expect(unanimous.commitments).toHaveLength(1);
		expect(unanimous.commitments[0]!.cues).toContain('en:consented');
		const suggested = run([
			'The Party chief suggested that Vietnam and Laos strengthen connectivity in transport infrastructure and energy.'
		]);
		expect(suggested.commitments).toHaveLength(1);
		expect(suggested.commitments[0]!.cues).toContain('en:suggested-parties');
		const resolve = run([
			"He stressed the Government's determination to soon complete ongoing cooperation projects with Laos."
		]);
		expect(resolve.commitments).toHaveLength(1);
		// Unnamed projects in the plural: a policy line, not a deliverable one could check (kind.ts).
		expect(resolve.commitments[0]!.kind).toBe('policy');
		expect(
			run(['The move reflects the commitment to peace and the resolve to deepen ties.']).commitments
		).toEqual([]);
	});

	it('keeps a list of nouns under one verb as one undertaking', () => {
		const out = run([
			'Vietnam and Laos agreed to boost trade and investment and support for businesses in border provinces.'
		]);
		expect(out.commitments).toHaveLength(1);
	});

	it('keeps a target with its figure and year when a second undertaking follows "and to"', () => {
		const out = run([
			'The two sides vowed to raise two-way trade to US$3 billion by 2027 and to speed up the Hanoi-Vientiane expressway.'
		]);
		expect(quotes(out)).toEqual([
			'The two sides vowed to raise two-way trade to US$3 billion by 2027',
			'to speed up the Hanoi-Vientiane expressway'
		]);
		expect(out.commitments[0]).toMatchObject({
			sector: 'trade',
			target_value: '3000000000',
			unit: 'USD',
			target_year: 2027,
			kind: 'target'
		});
		expect(out.commitments[1]!.kind).toBe('project');
	});

	it('reads a purchase plan with its figure and deadline', () => {
		const out = run([
			'Vietnam will buy 5,000 MW of electricity from Laos by 2030 under the intergovernmental agreement.'
		]);
		expect(out.commitments[0]).toMatchObject({
			sector: 'energy',
			target_value: '5000',
			unit: 'MW',
			target_year: 2030,
			kind: 'target'
		});
	});

	it('reads scholarships granted in a stated year', () => {
		const out = run([
			'In 2025, the Vietnamese Government will grant 1,100 scholarships to Lao students.'
		]);
		expect(out.commitments[0]).toMatchObject({
			sector: 'education',
			target_value: '1100',
			unit: 'scholarships',
			target_year: 2025
		});
	});
});

describe("a project's schedule stated by its owner or developer", () => {
	it('reads "is expected to be completed in" with a named developer', () => {
		const out = run([
			'The railway project, developed by PetroTrade, is expected to be completed in 2028.'
		]);
		expect(out.commitments).toHaveLength(1);
		expect(out.commitments[0]!.target_year).toBe(2028);
		expect(out.commitments[0]!.aspect).toBe('future');
	});

	it('reads "is scheduled for completion by"', () => {
		const out = run([
			'The 200-km expressway section, developed by a Lao consortium, is scheduled for completion by 2030.'
		]);
		expect(out.commitments).toHaveLength(1);
		expect(out.commitments[0]).toMatchObject({ sector: 'infrastructure', target_year: 2030 });
		expect(out.commitments[0]!.cues).toContain('en:schedule-for');
	});

	it('reads a plant that "is expected to start selling electricity to Vietnam"', () => {
		const out = run([
			'The Nam Kong 3 hydropower plant is expected to start selling electricity to Vietnam next year.'
		]);
		expect(out.commitments).toHaveLength(1);
		expect(out.commitments[0]).toMatchObject({
			sector: 'energy',
			kind: 'project',
			target_year: 2025
		});
	});

	it('does not read "scheduled to be put into operation" as a past opening', () => {
		const out = run([
			'The remaining plants are scheduled to be put into operation and supply electricity to Vietnam from 2026 to 2028.'
		]);
		expect(out.commitments).toHaveLength(1);
		expect(out.commitments[0]!.cues).not.toContain('en:signed');
		expect(out.commitments[0]!.sector).toBe('energy');
	});

	it('does not read a past schedule as a commitment', () => {
		const out = run([
			'The expressway project began construction in late 2018 and was scheduled for completion in 2021.'
		]);
		expect(out.commitments).toEqual([]);
	});
});

describe('English false friends', () => {
	it('drops beliefs voiced as a noun', () => {
		for (const s of [
			'He expressed his belief that Laos will successfully host the ASEAN summit next year.',
			'The minister voiced his belief that the two countries will reach the trade target of US$5 billion.',
			'She noted her confidence that the Vientiane-Vung Ang railway will be built as planned.'
		])
			expect(run([s]).commitments, s).toEqual([]);
	});

	it("drops a thing's outcome and significance", () => {
		for (const s of [
			'Once completed, the expressway is expected to significantly cut travel times and boost trade between the two countries.',
			'The railway will strengthen the connectivity of Laos as a transport and trade hub within ASEAN.',
			'The new port is expected to boost exports of Lao potash through Vietnam.',
			'The support reflects the special solidarity between the two armies, he said, adding that the training programme will continue.'
		])
			expect(run([s]).commitments, s).toEqual([]);
	});

	it('drops a background clause opening the sentence', () => {
		const out = run([
			'With its long coastline and deep-water ports, Vietnam will serve as the gateway to the sea for Lao exports.'
		]);
		expect(out.commitments).toEqual([]);
	});

	it("drops a party's expectation of a figure", () => {
		const out = run(['Vietnam expects a continuous rise in exports to Laos in the coming months.']);
		expect(out.commitments).toEqual([]);
	});

	it('never makes a trade surplus or a trade result a commitment', () => {
		const out = run([
			'Laos kept a trade surplus of US$300 million with Vietnam in the first eight months.',
			'Two-way trade reached US$1.6 billion last year, up 12 percent.'
		]);
		expect(out.commitments).toEqual([]);
	});

	it('drops a request to the other side', () => {
		const out = run([
			'The Lao side asked Vietnam to speed up the construction of the Hanoi-Vientiane expressway.'
		]);
		expect(out.commitments).toEqual([]);
	});

	it("drops Laos's deals with third countries and keeps the Vietnam one next to them", () => {
		const out = run([
			'Laos will soon sell 100 MW of electricity to Singapore under a regional power integration project.',
			'Laos is expected to sell 7,000 MW of electricity to Thailand by 2030.',
			'Chinese investors will operate the Vientiane-Vang Vieng expressway under a 50-year concession.',
			'Vietnam will purchase 3,000 MW of electricity from Laos by 2025.'
		]);
		expect(quotes(out)).toEqual([
			'Vietnam will purchase 3,000 MW of electricity from Laos by 2025'
		]);
	});
});

describe('English reporting style, second round (constructions read in real coverage, our own sentences)', () => {
	it('reads a commitment made in "keep" + gerund as a renewal', () => {
		const out = run([
			'The two ministries will keep upgrading border markets along Road 9 next year.'
		]);
		expect(out.commitments).toHaveLength(1);
		expect(out.commitments[0]!.novelty).toBe('reaffirmed');
	});

	it('reads "are working to" and "is currently carrying out" as work under way', () => {
		const working = run([
			'The two education ministries are working to modernise vocational schools in southern Laos.'
		]);
		expect(working.commitments).toHaveLength(1);
		expect(working.commitments[0]).toMatchObject({ sector: 'education', novelty: 'reaffirmed' });
		const carrying = run([
			'The Vietnamese contractor is currently carrying out detailed design work for the Thakhek bridge.'
		]);
		expect(carrying.commitments).toHaveLength(1);
		expect(carrying.commitments[0]!.cues).toContain('en:implementing');
	});

	it('reads a schedule given in a "with … set/expected to …" phrase', () => {
		const out = run([
			'Vietnam is surveying its section of the line, with construction set to begin in 2028.'
		]);
		expect(out.commitments).toHaveLength(1);
		expect(out.commitments[0]).toMatchObject({ sector: 'infrastructure', target_year: 2028 });
		expect(out.commitments[0]!.cues).toContain('en:schedule-for');
	});

	it('reads a deal\'s or project\'s terms given in the present ("grants")', () => {
		const out = run([
			'The concession also grants Lao shippers priority use of two berths at Vung Ang port.'
		]);
		expect(out.commitments).toHaveLength(1);
		expect(out.commitments[0]!.entities).toEqual(['vung-ang-port']);
	});

	it('keeps a second infinitive with its own deadline apart', () => {
		const out = run([
			'The ministers stressed the need to carry out the transport agreement for 2021-2025 and to prepare a new transport strategy until 2035.'
		]);
		expect(quotes(out)).toEqual([
			'The ministers stressed the need to carry out the transport agreement for 2021-2025',
			'to prepare a new transport strategy until 2035'
		]);
		expect(out.commitments.map((c) => c.target_year)).toEqual([2025, 2035]);
	});

	it('starts a second undertaking at "and proposed to", but not after a meeting with no undertaking', () => {
		const pair = run([
			'The two police ministries concurred to share data on drug trafficking rings and proposed to set up a joint hotline at the Tay Trang border gate.'
		]);
		expect(pair.commitments).toHaveLength(2);
		const met = run([
			'Officials of the two power companies met in Vientiane on Monday and agreed to finalise a power purchase contract for the Nam Ou cascade.'
		]);
		expect(quotes(met)).toEqual([
			'Officials of the two power companies met in Vientiane on Monday and agreed to finalise a power purchase contract for the Nam Ou cascade'
		]);
	});

	it("reads fields named without a sector word: disease control, payments, water resources, border checkpoints, soldiers' remains", () => {
		for (const s of [
			'The two health ministries will step up joint dengue and malaria control in border districts.',
			'The two central banks will connect their QR payment systems by the end of next year.',
			'Both sides will jointly manage and protect the water resources of the Ca river basin.',
			'The two provinces agreed to open three new border checkpoints along their shared border.',
			'The two defence ministries will intensify the search for the remains of fallen soldiers in Houaphanh province.'
		])
			expect(run([s]).commitments, s).toHaveLength(1);
	});

	it('reads a school named after the friendship as a thing to build, and coordination for the ASEAN chair as concrete', () => {
		expect(
			run([
				'The two districts agreed to build a friendship school for ethnic minority children in Xepon.'
			]).commitments
		).toHaveLength(1);
		expect(
			run(['Vietnam will work closely with Laos to support its ASEAN chairmanship in 2024.'])
				.commitments
		).toHaveLength(1);
	});
});

describe('English false friends, second round', () => {
	it('drops "agreed that" + a state of affairs (an assessment)', () => {
		for (const s of [
			'The two ministers agreed that security cooperation along the border has yielded practical results over the past five years.',
			'Both sides concurred that investment cooperation is not yet commensurate with the potential of the two economies.'
		])
			expect(run([s]).commitments, s).toEqual([]);
		expect(
			run([
				'The two ministers agreed that both sides will jointly patrol the border during the dry season.'
			]).commitments
		).toHaveLength(1);
	});

	it('drops a target met or beaten', () => {
		for (const s of [
			'Bilateral trade rose to 1.6 billion USD last year, surpassing the set target.',
			'Defence cooperation under the previous protocol went well, with most annual targets exceeded.'
		])
			expect(run([s]).commitments, s).toEqual([]);
	});

	it('drops a visit on the itinerary and a condition', () => {
		for (const s of [
			'During his stay, the Lao President will also visit an industrial park in Hai Phong.',
			'If the survey results are positive, a 500 kV line will carry power from southern Laos to Vietnam.'
		])
			expect(run([s]).commitments, s).toEqual([]);
	});

	it("drops a document's or initiative's purpose but keeps a project's own schedule", () => {
		for (const s of [
			'The agreement aims to further consolidate the special friendship between the two countries in education.',
			'The initiative seeks to lower the cost of remittances for Lao workers in Vietnam.'
		])
			expect(run([s]).commitments, s).toEqual([]);
		expect(
			run(['The Nam Ngiep wind project aims to begin supplying electricity to Vietnam in 2027.'])
				.commitments
		).toHaveLength(1);
	});

	it('drops a description of how a project is set up ("is being developed as a …")', () => {
		expect(
			run([
				'The dry port is being developed as a joint venture between a Lao logistics firm and a Vietnamese shipping line.'
			]).commitments
		).toEqual([]);
	});

	it('does not read capital "poured into" Laos as two-way trade', () => {
		const out = run(
			[
				'The two prime ministers reviewed cooperation in 2023.',
				'Vietnamese companies have poured over 5.3 billion USD into 240 projects in Laos, while two-way trade reached 1.7 billion USD last year.'
			],
			'2024-01-08'
		);
		expect(out.trade_observations.map((t) => t.value_usd)).toEqual(['1700000000']);
	});

	it("does not read a target's growth over a base year as a second target", () => {
		const out = run([
			'The two sides set a target of lifting two-way trade to 2.5 billion USD this year, up 15 percent from 2023.'
		]);
		expect(out.commitments).toHaveLength(1);
		expect(out.commitments[0]).toMatchObject({ target_value: '2500000000', unit: 'USD' });
	});
});

describe('English reporting style, third round (probes on our own sentences)', () => {
	it('reads organising a numbered anniversary as concrete', () => {
		expect(
			run([
				'The leaders concurred that the two countries will jointly organise the 65th anniversary of diplomatic ties.'
			]).commitments
		).toHaveLength(1);
	});

	it('reads "signed a deal with Laos to import …" as what the deal provides for', () => {
		const out = run([
			'Vietnam has signed a deal with Laos to import about 15 million tonnes of coal a year until 2030.'
		]);
		expect(out.commitments).toHaveLength(1);
		expect(out.commitments[0]).toMatchObject({ sector: 'energy', target_year: 2030 });
		expect(out.commitments[0]!.cues).toContain('en:signed-to');
		expect(run(['Vietnam signed a deal on coal imports with Laos last year.']).commitments).toEqual(
			[]
		);
	});

	it('reads a renewed commitment, an instruction to a long-named body and a handover schedule', () => {
		expect(
			run([
				'The two prime ministers renewed their commitment to remove barriers to cross-border investment.'
			]).commitments
		).toHaveLength(1);
		expect(
			run([
				'The minister asked the transport agencies and the state port corporation to cut fees for Lao goods shipped via Vung Ang port.'
			]).commitments
		).toHaveLength(1);
		expect(
			run([
				'Laos is expected to take over the management of the Thanaleng dry port in October, the operator said.'
			]).commitments
		).toHaveLength(1);
	});

	it('reads heritage work with UNESCO and facilities for firms as fields', () => {
		expect(
			run([
				'Vietnam will help Laos prepare a dossier seeking UNESCO recognition of the Plain of Jars.'
			]).commitments
		).toHaveLength(1);
		expect(
			run([
				'The Lao government will continue to facilitate Vietnamese firms doing business in its special economic zones, the minister said.'
			]).commitments
		).toHaveLength(1);
	});

	it('reads support at "international, regional and sub-regional forums" as concrete', () => {
		expect(
			run([
				'The two foreign ministers agreed to support each other at international, regional and sub-regional forums.'
			]).commitments
		).toHaveLength(1);
	});

	it('does not take "earlier this year" as a deadline', () => {
		const out = run([
			'Earlier this year, the two ministries agreed to build a 500 kV line from Sekong to Quang Nam.'
		]);
		expect(out.commitments).toHaveLength(1);
		expect(out.commitments[0]!.target_year).toBeNull();
	});

	it('keeps "… and proposed to B" apart even in the same field, and reads "striving to" after ";" as a goal', () => {
		const pair = run([
			'The two border guard commands concurred to step up joint patrols along the border and proposed to set up a hotline between border posts to fight drug trafficking.'
		]);
		expect(pair.commitments).toHaveLength(2);
		const striving = run([
			'They agreed on opening a new market at the Na Meo border gate; and striving to finish the access road to the gate by 2026.'
		]);
		expect(striving.commitments.map((c) => c.target_year)).toContain(2026);
	});

	it('reads "always stands ready to" as an offer', () => {
		expect(
			run(['The minister said Vietnam always stands ready to help Laos train its border police.'])
				.commitments
		).toHaveLength(1);
	});

	it('reads "U.S. dollars" as USD in a trade figure', () => {
		const out = run(
			['Trade between Vietnam and Laos stood at about 1.2 billion U.S. dollars in 2019.'],
			'2020-02-01'
		);
		expect(out.trade_observations.map((t) => t.value_usd)).toEqual(['1200000000']);
	});

	it('drops what a new crossing or service would do for traders (an outcome)', () => {
		expect(
			run([
				'The governor said the new checkpoint would benefit traders and tourists from both countries.'
			]).commitments
		).toEqual([]);
	});

	it('drops a request "that" the other side act, a remark about a pledge, an estimate and an outcome "upon completion"', () => {
		for (const s of [
			'The Lao President requested that the Vietnamese side continue to train Lao officials in public administration.',
			'The deputy minister made the pledge while receiving the Lao ambassador in Hanoi.',
			'It is estimated that container traffic through the dry port will rise to 2 million tonnes by 2030.',
			'Upon completion, the expressway will make a major contribution to cutting logistics costs.'
		])
			expect(run([s]).commitments, s).toEqual([]);
	});
});

describe('real English reporting, third round (issue #12: 36 real pages read, none copied)', () => {
	it('reads "the signed agreements" and "agreements reached by" as descriptions, not as a past signing', () => {
		const a = run([
			'Building on the signed agreements between the two defence ministries, the two sides will further step up joint patrols along the border.'
		]);
		expect(quotes(a)).toHaveLength(1);
		expect(a.commitments[0]!.sector).toBe('defense_security');
		expect(a.commitments[0]!.cues).not.toContain('en:signed');
		const b = run([
			'The two countries agreed to focus on implementing the agreements reached by their leaders on energy and transport links.'
		]);
		expect(b.commitments).toHaveLength(1);
		expect(b.commitments[0]!.cues).not.toContain('en:reached');
		// A signing reported as done still counts against the passage.
		expect(
			run(['The two ministers signed agreements on energy and transport links last week.'])
				.commitments
		).toEqual([]);
	});

	it('takes a capitalised "May" for the month or a name, not for a hedge', () => {
		const out = run([
			'Both provinces agreed to open the Ban May pathway near national landmark 310 to local traders in May 2026.'
		]);
		expect(out.commitments).toHaveLength(1);
		expect(out.commitments[0]!.cues).not.toContain('en:may');
		expect(out.commitments[0]!.sector).not.toBe('other');
		expect(
			run(['The two sides may consider a new crossing near the Ban May pathway.']).commitments
		).toEqual([]);
	});

	it('reads responsibilities, instructions in the passive and commitment nouns with a possessive', () => {
		for (const s of [
			'The Ministry of Education is responsible for administering 600 of the scholarships for Lao students this year.',
			'Provincial agencies were asked to finish the land clearance for the new border gate road before June 2026.',
			"The Vietnamese minister affirmed the country's firm commitment to helping Laos train 500 nurses for its provincial hospitals by 2027."
		])
			expect(quotes(run([s])), s).toEqual([s.slice(0, -1)]);
	});

	it('reads work under way in the progressive: drafting, expanding cooperation, working with the other side', () => {
		for (const s of [
			'EVN is drafting a new tariff framework for power imports from Laos after 2025.',
			'The two governments are expanding cooperation in vocational training this year.',
			'The Lao investor is working with the Vietnamese side on the transfer of the port’s management.',
			'The Lao developer is in the process of negotiating a concession for the railway section with Vietnam.'
		]) {
			const out = run([s]);
			expect(out.commitments, s).toHaveLength(1);
			expect(out.commitments[0]!.aspect, s).toBe('ongoing');
		}
	});

	it('takes "affirmed that the two sides" with a bare verb as what both will do', () => {
		const out = run([
			'The Lao general affirmed that the two sides intensify joint patrols along the border and share information on drug trafficking.'
		]);
		expect(out.commitments).toHaveLength(1);
		expect(out.commitments[0]!.sector).toBe('defense_security');
		// A state of affairs is not an undertaking.
		expect(
			run([
				'The Lao general affirmed that the two sides have maintained joint patrols along the border.'
			]).commitments
		).toEqual([]);
	});

	it('keeps "to use and manage X" whole and reads the Mekong river as a resource, not a grouping', () => {
		expect(
			quotes(
				run([
					'The two countries will work together to sustainably use and protect Mekong River water resources, improve flood warnings and share hydrological data.'
				])
			)[0]
		).toMatch(/^The two countries will work together to sustainably use and protect/);
		expect(
			quotes(run(['The two countries will jointly manage Mekong River water resources.']))
		).toHaveLength(1);
	});

	it('keeps the venue of an announcement in the target, and what a speaker adds apart from the pledge', () => {
		const a = run([
			'Vietnam will grant 1,100 scholarships to Lao students next year, the Vietnamese minister announced during the 47th session of the Vietnam-Laos Intergovernmental Committee.'
		]);
		expect(a.commitments).toHaveLength(1);
		expect(a.commitments[0]!.target_value).toBe('1100');
		const b = run([
			'The two countries will coordinate closely at regional and global forums, the minister said, adding that six documents were signed at the talks.'
		]);
		expect(b.commitments).toHaveLength(1);
		expect(b.commitments[0]!.sector).toBe('politics_diplomacy');
	});

	it('reads border migration and marriages as border security', () => {
		const out = run([
			'The two provinces agreed to deal jointly with undocumented migrants and unregistered marriages along their shared border.'
		]);
		expect(out.commitments).toHaveLength(1);
		expect(out.commitments[0]!.sector).toBe('defense_security');
	});

	it('does not take a comparison after a target for a second step', () => {
		const out = run([
			'The two ministries will propose raising the import ceiling to 6,000 MW by 2027, being about 1,500 MW above the current contracts.'
		]);
		expect(out.commitments).toHaveLength(1);
		expect(out.commitments[0]!.target_value).toBe('6000');
	});

	it('leaves forecasts, outcomes, hopes, explanations and scheduled meetings out', () => {
		for (const s of [
			'The ministry estimated that the northern region would face a power shortfall of 2 billion kWh in 2026, which would rise to 4 billion kWh in 2027.',
			'The new line will directly connect the factories of the region with the seaport.',
			'Buying power from Laos would help ease the shortage, the utility said.',
			'The port is considered a priority project, which will substantially lower freight costs for Lao exporters.',
			'Power from the new wind farms is expected to pass through Quang Tri, meaning the volume bought will largely depend on the grid there.',
			'Officials said the only practical way to avoid blackouts next summer is to import more power from Laos.',
			'Both countries were hoping to lift power trade to 4,000 MW by 2028.',
			'Officials met in Vientiane to prepare for the 48th session of the Intergovernmental Committee, which is scheduled to take place early next year.'
		])
			expect(run([s]).commitments, s).toEqual([]);
	});
});

describe('real English reporting, third round: lists, schedules and outcomes', () => {
	it('splits a gerund list after ";" into its items, and reads "; and creating …" as an item', () => {
		expect(
			quotes(
				run([
					'The two leaders agreed to focus on implementing the annual cooperation plan; expanding cooperation in vocational training for Lao workers, and enhancing cooperation in the joint management of river resources.'
				])
			)
		).toEqual([
			'The two leaders agreed to focus on implementing the annual cooperation plan',
			'expanding cooperation in vocational training for Lao workers',
			'enhancing cooperation in the joint management of river resources'
		]);
		expect(
			quotes(
				run([
					'The two ministers agreed to upgrade the border checkpoint at Na Meo; and creating favourable conditions for Lao students to study at Vietnamese universities.'
				])
			)
		).toHaveLength(2);
		// A gerund after a comma says how the undertaking before it is done: it stays with it.
		expect(
			quotes(
				run([
					'The two armies will maintain the annual defence dialogue, expanding training cooperation and promoting coordination in UN peacekeeping.'
				])
			)
		).toHaveLength(1);
	});

	it('takes "…, and suggested the two ministries …" apart from the report before it', () => {
		expect(
			quotes(
				run([
					'He said a new friendship hospital had opened in Xieng Khouang last month, and suggested the two ministries send doctors to the hospital to train its medical staff.'
				])
			)
		).toEqual([
			'suggested the two ministries send doctors to the hospital to train its medical staff'
		]);
	});

	it('reads priorities, a stated focus and a developer about to act as undertakings', () => {
		for (const s of [
			'A key focus is on mobilising funds for the Hanoi-Vientiane expressway.',
			'The Lao developer is about to submit the feasibility study of the railway section to the transport ministry.',
			'The new wharf, financed by both governments, is designed for bulk cargo and expected to open in early 2027.'
		])
			expect(run([s]).commitments, s).toHaveLength(1);
	});

	it('leaves out a change "compared to 2024", who benefits, and what a visit is expected to serve as', () => {
		for (const s of [
			'Bilateral trade rose to US$2.4 billion in 2025, a 20% increase compared to 2024.',
			'Both countries will benefit from the new rail link.',
			'Lao exporters will have direct access to the seaport.',
			'The upcoming visit is expected to serve as a springboard for economic ties between Vietnam and Laos.'
		])
			expect(run([s]).commitments, s).toEqual([]);
	});

	it('reads the growth after a part-year phrase', () => {
		const out = run(
			[
				'Two-way trade between Vietnam and Laos reached 1.2 billion USD in the first nine months of this year, an increase of 18% compared to the same period last year.'
			],
			'2025-10-15'
		);
		expect(out.trade_observations).toHaveLength(1);
		expect(out.trade_observations[0]).toMatchObject({
			period: 'M1-M9',
			year: 2025,
			growth_pct: 18
		});
	});
});

describe('real English reporting, third round: provinces, border boards and payments', () => {
	it('reads documents "signed between" the provinces as a description and an exchange of information as a field', () => {
		const a = run([
			'The two sides agreed to continue effectively implementing the documents on border management signed between the two provinces.'
		]);
		expect(a.commitments).toHaveLength(1);
		expect(a.commitments[0]!.cues).not.toContain('en:signed');
		const b = run([
			'The two foreign ministries will strengthen the exchange of information on consular matters every six months.'
		]);
		expect(b.commitments).toHaveLength(1);
		expect(b.commitments[0]!.sector).toBe('politics_diplomacy');
	});

	it("drops an initiative's purpose when an apposition stands between the noun and its verb", () => {
		expect(
			run([
				'The initiative, a joint effort of the two central banks, aims to make card payments easier for tourists.'
			]).commitments
		).toEqual([]);
	});
});

describe('fourth round: unseen English pages (issue #12, en helper)', () => {
	it('reads "scientific and technological" as the science-and-technology field', () => {
		const out = run([
			'The two countries agreed to set up a cross-border scientific and technological information network for their research institutes.'
		]);
		expect(out.commitments).toHaveLength(1);
		expect(out.commitments[0]!.sector).toBe('education');
	});

	it('reads "By <month> <year>" before a trade figure as a running total from January, not the full year', () => {
		const out = run(
			['By November 2019, two-way trade between Vietnam and Laos reached 930 million USD.'],
			'2019-12-20'
		);
		expect(out.trade_observations).toHaveLength(1);
		expect(out.trade_observations[0]).toMatchObject({ year: 2019, period: 'M1-M11' });
	});
});

describe('English dev set (tests/fixtures/dev/english, our own articles)', () => {
	const dir = 'tests/fixtures/dev/english';
	const articles = readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldArticle)
		.map((gold) => ({ gold, raw: readFileSync(join(dir, gold.file), 'utf8') }));
	const summary = summarise(
		articles.map(({ raw, gold }) =>
			evaluateArticle(raw, gold, extractArticle(parseArticle(raw, gold.file)))
		)
	);

	it('is English, with exact gold quotes', () => {
		expect(articles.length).toBeGreaterThanOrEqual(4);
		for (const { raw, gold } of articles) {
			expect(parseArticle(raw, gold.file).language).toBe('en');
			for (const x of [...gold.commitments, ...gold.trade_observations])
				expect(raw.slice(x.start, x.end)).toBe(x.quote);
		}
	});

	// 18 articles: e01–e04 (first round), e05–e14 (written from real coverage; first run P/R 0.76/0.76) and e15–e18
	// (written after the second round; first run P/R 0.94/0.94, trade missed "U.S. dollars"). All tuned on since.
	it('keeps precision and recall where the second round left them (P 0.97, R 0.95 on commitments)', () => {
		expect(articles.length).toBeGreaterThanOrEqual(18);
		expect(summary.inexact).toBe(0);
		expect(summary.commitments.precision).toBeGreaterThanOrEqual(0.93);
		expect(summary.commitments.f1).toBeGreaterThanOrEqual(0.9);
		expect(summary.trade.f1).toBe(1);
	});
});
