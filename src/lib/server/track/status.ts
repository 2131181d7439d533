/**
 * The status lifecycle. A status is never stored on the item: the current status is the
 * latest status event visible at a date (see queries). Overdue and quiet are derived flags.
 */
import { m } from '../../paraglide/messages';
import { STATUSES, type Status } from '../../vocabulary';
export { STATUSES, type Status };

/** Statuses that judge an outcome; an item in one of them is never overdue or quiet. */
export const FINAL_STATUSES: readonly Status[] = [
	'achieved',
	'partially_achieved',
	'missed',
	'cancelled'
];
export const INTERIM_STATUSES: readonly Status[] = ['announced', 'in_progress', 'stalled'];

export function isStatus(s: string): s is Status {
	return (STATUSES as readonly string[]).includes(s);
}

export function isFinal(s: string): boolean {
	return (FINAL_STATUSES as readonly string[]).includes(s);
}

/** Months without any new mention after which an unfinished item is flagged quiet. */
export const QUIET_MONTHS = 18;

export interface StatusDefinition {
	status: Status;
	final: boolean;
	label: { vi: string; en: string };
	definition: { vi: string; en: string };
	/** When to set it, and on what evidence. */
	rules: { vi: string; en: string };
}

type Message = (inputs?: Record<string, never>, options?: { locale?: 'vi' | 'en' }) => string;

/** Both languages of one message: the methodology page and the editor's form show either. */
function both(message: Message): { vi: string; en: string } {
	return { vi: message({}, { locale: 'vi' }), en: message({}, { locale: 'en' }) };
}

/** Each status's wording lives in messages/*.json (Paraglide), beside the rest of the interface. */
const COPY: Record<Status, { label: Message; definition: Message; rules: Message }> = {
	announced: {
		label: m.status_announced,
		definition: m.status_def_announced,
		rules: m.status_rules_announced
	},
	in_progress: {
		label: m.status_in_progress,
		definition: m.status_def_in_progress,
		rules: m.status_rules_in_progress
	},
	achieved: {
		label: m.status_achieved,
		definition: m.status_def_achieved,
		rules: m.status_rules_achieved
	},
	partially_achieved: {
		label: m.status_partially_achieved,
		definition: m.status_def_partially_achieved,
		rules: m.status_rules_partially_achieved
	},
	missed: {
		label: m.status_missed,
		definition: m.status_def_missed,
		rules: m.status_rules_missed
	},
	stalled: {
		label: m.status_stalled,
		definition: m.status_def_stalled,
		rules: m.status_rules_stalled
	},
	cancelled: {
		label: m.status_cancelled,
		definition: m.status_def_cancelled,
		rules: m.status_rules_cancelled
	},
	needs_clarification: {
		label: m.status_needs_clarification,
		definition: m.status_def_needs_clarification,
		rules: m.status_rules_needs_clarification
	}
};

/**
 * Items without a deadline: they are never overdue and never missed by the passing of time.
 * They are judged only on evidence (completion, cancellation), and flagged quiet after
 * 18 months without a mention so that an editor can decide whether they stalled.
 */
export const NO_DEADLINE_RULE = both(m.status_no_deadline_rule);

export const FLAG_DEFINITIONS = {
	overdue: both(m.flag_overdue_def),
	quiet: both(m.flag_quiet_def)
};

export function statusDefinition(status: Status): StatusDefinition {
	const copy = COPY[status];
	return {
		status,
		final: isFinal(status),
		label: both(copy.label),
		definition: both(copy.definition),
		rules: both(copy.rules)
	};
}

/** The date 18 months before `asOf` (YYYY-MM-DD): last mentions before it make an item quiet. */
export function quietCutoff(asOf: string): string {
	const d = new Date(`${asOf}T00:00:00Z`);
	d.setUTCMonth(d.getUTCMonth() - QUIET_MONTHS);
	return d.toISOString().slice(0, 10);
}

/**
 * Overdue needs a deadline that was still ahead when the pledge was first reported: a year
 * that had passed by then (or a pledge known only from undated articles) is no deadline missed.
 */
export function isOverdue(
	deadline: string | null,
	status: string,
	asOf: string,
	firstMentioned: string | null
): boolean {
	return (
		deadline !== null &&
		firstMentioned !== null &&
		deadline > firstMentioned &&
		deadline < asOf &&
		!isFinal(status)
	);
}

export function isQuiet(lastMentioned: string | null, status: string, asOf: string): boolean {
	return lastMentioned !== null && lastMentioned < quietCutoff(asOf) && !isFinal(status);
}
