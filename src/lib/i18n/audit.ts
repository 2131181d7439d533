/** The audit log in the editor's language: actions, changed fields and their values, not raw keys. */
import { m } from '$lib/paraglide/messages';
import { roleLabel } from './editor';
import { kindLabel, sectorLabel, statusLabel, uiLocale } from './labels';
import { formatDate } from '$lib/format';
import { sayParts, sayText, writtenLang, type TextPart } from './system-text';
import type { SystemText } from '$lib/system-text';

const ACTIONS: Record<string, () => string> = {
	'article.import': m.audit_a_article_import,
	'article.provenance': m.audit_a_article_provenance,
	'feed.add': m.audit_a_feed_add,
	'feed.remove': m.audit_a_feed_remove,
	'import.start': m.audit_a_import_start,
	'item.edit': m.audit_a_item_edit,
	'item.merge_away': m.audit_a_item_merge_away,
	'item.merge_into': m.audit_a_item_merge_into,
	'item.remove': m.audit_a_item_remove,
	'item.entity_attach': m.audit_a_item_entity_attach,
	'item.entity_detach': m.audit_a_item_entity_detach,
	'item.split_create': m.audit_a_item_split_create,
	'item.split_from': m.audit_a_item_split_from,
	'official_trade.import': m.audit_a_official_trade_import,
	'proposal.accept': m.audit_a_proposal_accept,
	'proposal.reject': m.audit_a_proposal_reject,
	'status.accept_proposal': m.audit_a_status_accept_proposal,
	'status.change': m.audit_a_status_change,
	'user.create': m.audit_a_user_create,
	'user.create_cli': m.audit_a_user_create_cli,
	'user.password_change': m.audit_a_user_password_change,
	'user.reset_cli': m.audit_a_user_reset_cli,
	'user.role_change': m.audit_a_user_role_change
};

const FIELDS: Record<string, () => string> = {
	title: m.audit_f_title,
	titleEn: m.audit_f_title_en,
	sector: m.audit_f_sector,
	kind: m.audit_f_kind,
	targetValue: m.audit_f_target_value,
	targetValueMax: m.audit_f_target_value_max,
	unit: m.audit_f_unit,
	targetYear: m.audit_f_target_year,
	deadline: m.audit_f_deadline,
	status: m.audit_f_status,
	mergedIntoId: m.audit_f_merged_into_id,
	mergedFromId: m.audit_f_merged_from_id,
	reason: m.audit_f_reason,
	evidenceMentionId: m.audit_f_evidence_mention_id,
	evidenceUrl: m.audit_f_evidence_url,
	note: m.audit_f_note,
	effectiveOn: m.audit_f_effective_on,
	proposalId: m.audit_f_proposal_id,
	movedMentionIds: m.audit_f_moved_mention_ids,
	removedMentionId: m.audit_f_removed_mention_id,
	newItemId: m.audit_f_new_item_id,
	mentionId: m.audit_f_mention_id,
	splitFromId: m.audit_f_split_from_id,
	state: m.audit_f_state,
	payload: m.audit_f_payload,
	edits: m.audit_f_edits,
	files: m.audit_f_files,
	links: m.audit_f_links,
	mentions: m.audit_f_mentions,
	role: m.audit_f_role,
	email: m.audit_f_email,
	outlet: m.audit_f_outlet,
	url: m.audit_f_url,
	publishedOn: m.audit_f_published_on,
	entities: m.audit_f_entities,
	toStatus: m.audit_f_to_status,
	fromStatus: m.audit_f_from_status,
	publicNote: m.audit_f_public_note,
	systemReason: m.audit_f_reason
};

const ENTITIES: Record<string, () => string> = {
	commitment: m.audit_e_commitment,
	mention: m.audit_e_mention,
	proposal: m.audit_e_proposal,
	article: m.audit_e_article,
	user: m.audit_e_user,
	import_job: m.audit_e_import_job,
	official_trade: m.audit_e_official_trade,
	feed: m.audit_e_feed
};

/** What a log entry is about: "Import #3", not "import_job #3". */
export const auditEntityLabel = (type: string) => ENTITIES[type]?.() ?? type;

const STATES: Record<string, () => string> = {
	open: m.audit_s_open,
	accepted: m.audit_s_accepted,
	rejected: m.audit_s_rejected
};

/** Bookkeeping that says nothing to a reader of the log: ids, versions, the search index's folded text. */
const HIDDEN_KEYS = new Set(['id', 'version', 'statusEventId', 'keys', 'headKeys']);
const hidden = (key: string) => HIDDEN_KEYS.has(key) || /(?:At|Text)$/.test(key);

/** "status.change" → "Status changed"; an action this table does not know yet stays as it is. */
export const auditActionLabel = (action: string) => ACTIONS[action]?.() ?? action;

/** A changed field's name as the editor pages label it; unknown ones keep their key. */
export const auditFieldLabel = (key: string) => FIELDS[key]?.() ?? key;

/** Days, shown as the editor's pages write them (31/12/2029, 31 Dec 2029), not as stored. */
const DAYS = new Set(['deadline', 'effectiveOn', 'publishedOn']);
const ITEM_REFS = new Set(['mergedIntoId', 'mergedFromId', 'newItemId', 'splitFromId']);
const QUOTE_REFS = new Set([
	'evidenceMentionId',
	'removedMentionId',
	'mentionId',
	'movedMentionIds'
]);

/** One logged value in words: statuses, sectors and roles by their labels, ids as "#12", nested records as "field: value" lines. */
export function auditValue(key: string, v: unknown): string {
	if (v === null || v === undefined || v === '') return '—';
	if (typeof v === 'boolean') return v ? m.audit_yes() : m.audit_no();
	if (Array.isArray(v)) {
		if (v.length === 0) return '—';
		if (ITEM_REFS.has(key) || QUOTE_REFS.has(key) || key === 'proposalId')
			return v.map((x) => `#${String(x)}`).join(', ');
		return v.map((x) => (typeof x === 'object' ? auditValue('', x) : String(x))).join(', ');
	}
	if (key === 'systemReason') return sayText(v as SystemText);
	if (typeof v === 'object')
		return Object.entries(v as Record<string, unknown>)
			.filter(([k, x]) => !hidden(k) && x !== null && x !== undefined && x !== '')
			.map(([k, x]) => `${auditFieldLabel(k)}: ${auditValue(k, x)}`)
			.join('; ');
	const s = String(v);
	if (DAYS.has(key) && /^\d{4}-\d{2}-\d{2}$/.test(s)) return formatDate(s, uiLocale());
	if (key === 'status' || key === 'toStatus' || key === 'fromStatus') return statusLabel(s);
	if (key === 'sector') return sectorLabel(s);
	if (key === 'kind') return kindLabel(s);
	if (key === 'role') return roleLabel(s);
	if (key === 'state') return STATES[s]?.() ?? s;
	if (ITEM_REFS.has(key) || QUOTE_REFS.has(key) || key === 'proposalId') return `#${s}`;
	return s;
}

/** Values a person typed: shown as written, marked with their own language. */
const WRITTEN_KEYS = new Set(['title', 'titleEn', 'reason', 'note', 'publicNote', 'outlet']);
const cut = (s: string) => (s.length > 160 ? `${s.slice(0, 159)}…` : s);

/**
 * A logged value as parts: the system's words in the editor's language, and what a person typed
 * (a title, a reason) or the system quoted set apart with its own language.
 */
export function auditValueParts(key: string, v: unknown): TextPart[] {
	if (key === 'systemReason' && v && typeof v === 'object')
		return sayParts(v as SystemText).map((p) => ({ ...p, text: cut(p.text) }));
	if (WRITTEN_KEYS.has(key) && typeof v === 'string' && v !== '') {
		const lang = writtenLang(v);
		return [lang ? { text: cut(v), lang } : { text: cut(v) }];
	}
	if (v && typeof v === 'object' && !Array.isArray(v)) {
		const parts: TextPart[] = [];
		for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
			if (hidden(k) || x === null || x === undefined || x === '') continue;
			parts.push({ text: `${parts.length ? '; ' : ''}${auditFieldLabel(k)}: ` });
			parts.push(...auditValueParts(k, x));
		}
		return parts.length ? parts : [{ text: '—' }];
	}
	return [{ text: cut(auditValue(key, v)) }];
}

export interface AuditChange {
	key: string;
	label: string;
	/** The values before and after, in words; each typed or quoted piece marked with its language. */
	fromParts: TextPart[];
	toParts: TextPart[];
}

/** The fields a logged write changed, named and valued for the editor; bookkeeping left out. */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
	const b = (before ?? {}) as Record<string, unknown>;
	const a = (after ?? {}) as Record<string, unknown>;
	const same = (k: string) => JSON.stringify(b[k] ?? null) === JSON.stringify(a[k] ?? null);
	return [...new Set([...Object.keys(b), ...Object.keys(a)])]
		.filter((k) => !hidden(k) && !same(k))
		.map((k) => ({
			key: k,
			label: auditFieldLabel(k),
			fromParts: auditValueParts(k, b[k]),
			toParts: auditValueParts(k, a[k])
		}));
}
