/** Names of the fixed vocabularies (sectors, kinds, novelty), in the reader's language. */
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { UiLocale } from '$lib/format';

export function uiLocale(): UiLocale {
	return getLocale() === 'en' ? 'en' : 'vi';
}

const SECTOR_LABELS: Record<string, () => string> = {
	trade: m.sector_trade,
	investment: m.sector_investment,
	infrastructure: m.sector_infrastructure,
	energy: m.sector_energy,
	education: m.sector_education,
	defense_security: m.sector_defense_security,
	culture_tourism: m.sector_culture_tourism,
	politics_diplomacy: m.sector_politics_diplomacy,
	digital_telecom: m.sector_digital_telecom,
	other: m.sector_other
};

const KIND_LABELS: Record<string, () => string> = {
	target: m.kind_target,
	project: m.kind_project,
	programme: m.kind_programme,
	policy: m.kind_policy
};

const ENTITY_KIND_LABELS: Record<string, () => string> = {
	project: m.entity_kind_project,
	programme: m.entity_kind_programme,
	agreement: m.entity_kind_agreement,
	mechanism: m.entity_kind_mechanism,
	other: m.entity_kind_other
};

const NOVELTY_LABELS: Record<string, () => string> = {
	new: m.item_novelty_new,
	reaffirmed: m.item_novelty_reaffirmed,
	unclear: m.item_novelty_unclear
};

const label = (table: Record<string, () => string>, key: string) => table[key]?.() ?? key;

export const sectorLabel = (sector: string) => label(SECTOR_LABELS, sector);
export const kindLabel = (kind: string) => label(KIND_LABELS, kind);
export const entityKindLabel = (kind: string) => label(ENTITY_KIND_LABELS, kind);
export const noveltyLabel = (novelty: string) => label(NOVELTY_LABELS, novelty);

/** An entity or item name in the reader's language, falling back to Vietnamese. */
export function localName(vi: string, en: string | null | undefined): string {
	return uiLocale() === 'en' && en ? en : vi;
}

const STATUS_LABELS: Record<string, () => string> = {
	announced: m.status_announced,
	in_progress: m.status_in_progress,
	achieved: m.status_achieved,
	partially_achieved: m.status_partially_achieved,
	missed: m.status_missed,
	stalled: m.status_stalled,
	cancelled: m.status_cancelled,
	needs_clarification: m.status_needs_clarification
};

export const statusLabel = (status: string) => label(STATUS_LABELS, status);

const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Item titles come from articles in either language; mark Vietnamese ones so they are read right. */
export function textLang(text: string): 'vi' | 'en' {
	return VIETNAMESE_LETTERS.test(text) ? 'vi' : 'en';
}
