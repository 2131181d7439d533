/**
 * The kind a commitment is filed under, as an analyst splits a tracker: what has a deliverable one
 * can later check (a target, a project, a named programme or agreement, a session) and what is a
 * policy line in a named field.
 *
 * The scorer and the gate read a looser kind (`classify` in commitments.ts: any programme noun
 * makes a "programme"), because a programme noun anywhere makes a passage more concrete. Filing is
 * stricter: "triển khai các dự án …", "những thỏa thuận cấp cao", "nghị quyết đại hội" and
 * "các cơ chế mới" name no instrument one could look up, so a passage with no named instrument and
 * no registry entity is a policy line. Only the output is refiled; what is extracted is unchanged.
 */
import type { CommitmentKind } from './types';

/** Instrument nouns; group 1 is set for the physical ones (a project, a works). */
const INSTRUMENT =
	/\b(?:(du an|cong trinh|project)|de an|chuong trinh|ke hoach|hiep dinh|nghi dinh thu|thoa thuan|tuyen bo chung|ban ghi nho|nghi quyet|chien luoc|quy hoach|van kien|agreement|programme|program|plan|protocol|MoU|memorandum|roadmap|strategy)(s?)\b/gi;

/** A plural or a count up to two words before the noun: "các dự án", "những thỏa thuận", "một số dự án", "4 văn kiện". */
const GENERIC_BEFORE =
	/(?:\b(?:cac|nhung|mot so|nhieu|moi|several|many|all|other|these|such)|\d)\s+(?:\S+\s+){0,2}$/i;

/** "the ones already agreed": "thỏa thuận cấp cao", "các thỏa thuận khác", "agreements reached". */
const GENERIC_AFTER =
	/^\s+(?:cap cao|khac|da dat duoc|da ky|da ky ket|high-level|reached|signed)\b/i;

/** Drafting a new instrument: its signing is what one checks ("xây dựng thỏa thuận …", "sign a protocol"). */
const DRAFTING_BEFORE =
	/\b(?:xay dung|soan thao|ky ket|ky|draw up|drawing up|draft|drafting|sign|signing|conclude|concluding)\s+(?:a |an |the )?$/i;

/** Capitalised words that name a body or a country, not an instrument: "nghị quyết đại hội Đảng". */
const INSTITUTION =
	/\b(?:Dang|Nha nuoc|Chinh phu|Quoc hoi|Bo Chinh tri|Trung uong|Mat tran|Uy ban|Viet Nam|Viet|Lao|Laos|Vietnam|Lao PDR)\b/g;

/** The noun phrase after the noun, up to the next clause break. */
function phraseAfter(folded: string, from: number): string {
	const rest = folded.slice(from, from + 80);
	const stop = rest.search(/[.;,:()]/);
	return stop < 0 ? rest : rest.slice(0, stop);
}

/** A name in the phrase: a capitalised word that is not a body or a country, an opening quote, or a period. */
function namesInstrument(phrase: string): boolean {
	const words = phrase.replace(INSTITUTION, ' ');
	return (
		/(?:^|\s)(?:"\s*)?\p{Lu}/u.test(words) ||
		/\b(?:giai doan \d{4}|den nam \d{4}|\d{4}\s*-\s*\d{4})\b/i.test(phrase)
	);
}

/**
 * `kind` as the scorer saw it, refiled for tracking. `folded` is the passage's folded text (case
 * kept); `entities` the registry entities it names. A physical works named in the singular ("dự án
 * Trường …", "công trình sẽ đi vào vận hành …") is a project; a programme, agreement or plan needs a
 * name, a period or to be drafted; plurals and "the high-level agreements" are policy lines.
 */
export function trackedKind(
	kind: CommitmentKind,
	folded: string,
	entities: readonly string[],
	commemoration: boolean
): CommitmentKind {
	if (kind !== 'programme' || entities.length > 0 || commemoration) return kind;
	for (const m of folded.matchAll(INSTRUMENT)) {
		const at = m.index;
		const end = at + m[0].length;
		const before = folded.slice(Math.max(0, at - 40), at);
		const after = folded.slice(end);
		if (m[2] || GENERIC_BEFORE.test(before) || GENERIC_AFTER.test(after)) continue;
		if (m[1]) return 'project';
		if (
			/^\p{Lu}/u.test(m[0]) ||
			namesInstrument(phraseAfter(folded, end)) ||
			DRAFTING_BEFORE.test(before)
		)
			return 'programme';
	}
	return 'policy';
}
