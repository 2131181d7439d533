/**
 * The status lifecycle. A status is never stored on the item: the current status is the
 * latest status event visible at a date (see queries). Overdue and quiet are derived flags.
 */
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

const DEFS: Record<Status, Omit<StatusDefinition, 'status' | 'final'>> = {
	announced: {
		label: { vi: 'Đã công bố', en: 'Announced' },
		definition: {
			vi: 'Cam kết đã được nêu công khai nhưng chưa có bằng chứng về việc triển khai.',
			en: 'The commitment has been stated publicly; there is no evidence yet that work on it has started.'
		},
		rules: {
			vi: 'Hệ thống đặt tự động cho mỗi mục mới, có hiệu lực từ ngày của bài báo đầu tiên nhắc đến nó, trừ khi bài đó nói việc đang được thực hiện (khi đó là "đang triển khai"). Một bài nói việc đã hoàn thành chỉ tạo đề xuất "đã đạt" cho biên tập viên. Các lần nhắc lại không đổi trạng thái.',
			en: 'Set by the system for every new item, effective on the date of the first article that mentions it, unless that article says the work is under way (then it starts in progress). An article reporting it done only proposes "achieved" to an editor. Restatements do not change it.'
		}
	},
	in_progress: {
		label: { vi: 'Đang triển khai', en: 'In progress' },
		definition: {
			vi: 'Có bằng chứng việc thực hiện đã bắt đầu: khởi công, ký hợp đồng, giải ngân, tuyển sinh khóa đầu.',
			en: 'There is evidence that delivery has started: ground broken, contract signed, money disbursed, first intake enrolled.'
		},
		rules: {
			vi: 'Hệ thống đặt ngay cho mục mới khi bài báo đầu tiên nói việc đang được thực hiện ("đang tích cực thực hiện", "is being implemented"). Đề xuất khi một bài báo sau nói "khởi công", "động thổ", "broke ground", "construction started" hoặc nói việc đang được thực hiện, trừ khi câu đặt việc đó vào tương lai ("sẽ tổ chức lễ khởi công"); biên tập viên xác nhận với cả câu làm bằng chứng.',
			en: 'Set by the system for a new item whose first article says it is under way ("đang tích cực thực hiện", "is being implemented"). Proposed when a later article says "khởi công", "động thổ", "broke ground", "construction started" or that the work is under way, unless the sentence puts it in the future ("sẽ tổ chức lễ khởi công"); an editor confirms it with the whole sentence as evidence.'
		}
	},
	achieved: {
		label: { vi: 'Đã đạt', en: 'Achieved' },
		definition: {
			vi: 'Mục tiêu đã đạt đầy đủ, hoặc công trình đã hoàn thành, khánh thành.',
			en: 'The target was fully met, or the project was completed or inaugurated.'
		},
		rules: {
			vi: 'Đề xuất khi bài báo nói "vượt xa mục tiêu", "vượt mốc", "hoàn thành", "khánh thành", "exceeded", "completed", "inaugurated". Áp dụng ngay, không cần biên tập viên, khi mục tiêu kim ngạch bằng USD được một số liệu chính thức (không phải ước tính) cả năm trong chuỗi thương mại đạt hoặc vượt, trong hạn nếu có hạn.',
			en: 'Proposed when an article says "vượt xa mục tiêu", "vượt mốc", "hoàn thành", "khánh thành", "exceeded", "completed" or "inaugurated". Applied at once, without an editor, when a USD trade target is reached by a final (not estimated) full-year figure in the trade series, within its deadline if it has one.'
		}
	},
	partially_achieved: {
		label: { vi: 'Đạt một phần', en: 'Partially achieved' },
		definition: {
			vi: 'Hạn đã qua (hoặc công việc đã kết thúc) và đạt được một phần đáng kể, nhưng chưa đủ mục tiêu.',
			en: 'The deadline has passed (or the work has ended) and a substantial part, but not all, of the target was met.'
		},
		rules: {
			vi: 'Chỉ biên tập viên đặt, kèm bằng chứng về kết quả đạt được (ví dụ 80% của chỉ tiêu).',
			en: 'Set only by an editor, with evidence of the outcome (for example 80 % of the target).'
		}
	},
	missed: {
		label: { vi: 'Không đạt', en: 'Missed' },
		definition: {
			vi: 'Hạn đã qua và kết quả thấp rõ rệt so với mục tiêu.',
			en: 'The deadline has passed and the outcome fell clearly short of the target.'
		},
		rules: {
			vi: 'Chỉ biên tập viên đặt, khi có số liệu sau hạn cho thấy không đạt. Hạn qua mà chưa có số liệu thì mục chỉ bị gắn cờ "quá hạn", không tự chuyển sang "không đạt".',
			en: 'Set only by an editor, on figures from after the deadline that show the shortfall. A passed deadline without figures only flags the item overdue; it never becomes missed by itself.'
		}
	},
	stalled: {
		label: { vi: 'Đình trệ', en: 'Stalled' },
		definition: {
			vi: 'Việc thực hiện đã bắt đầu hoặc đã được hứa nhưng bị dừng, chậm nghiêm trọng hoặc vướng mắc được nêu công khai.',
			en: 'Delivery started or was promised but has stopped, is badly delayed, or is publicly reported as blocked.'
		},
		rules: {
			vi: 'Biên tập viên đặt khi có bài báo nói về việc dừng, chậm tiến độ, vướng mắc; cờ "im lặng" (18 tháng không được nhắc) là gợi ý để xem xét.',
			en: 'Set by an editor when an article reports a halt, delay or blockage; the quiet flag (18 months without a mention) is a prompt to look.'
		}
	},
	cancelled: {
		label: { vi: 'Đã hủy', en: 'Cancelled' },
		definition: {
			vi: 'Một bên hoặc cả hai bên đã chính thức bỏ cam kết.',
			en: 'One or both sides formally dropped the commitment.'
		},
		rules: {
			vi: 'Chỉ biên tập viên đặt, với bằng chứng về quyết định hủy.',
			en: 'Set only by an editor, with evidence of the decision to drop it.'
		}
	},
	needs_clarification: {
		label: { vi: 'Cần làm rõ', en: 'Needs clarification' },
		definition: {
			vi: 'Cam kết quá chung chung để đánh giá: không có mục tiêu đo được, không có sản phẩm cụ thể.',
			en: 'The commitment is too vague to rate: no measurable target and no concrete deliverable.'
		},
		rules: {
			vi: 'Biên tập viên đặt cho các tuyên bố chính sách chung; bỏ khi một bài báo sau nêu mục tiêu cụ thể.',
			en: 'Set by an editor for general policy statements; lifted when a later article names a concrete target.'
		}
	}
};

/**
 * Items without a deadline: they are never overdue and never missed by the passing of time.
 * They are judged only on evidence (completion, cancellation), and flagged quiet after
 * 18 months without a mention so that an editor can decide whether they stalled.
 */
export const NO_DEADLINE_RULE = {
	vi: 'Mục không có hạn không bao giờ bị coi là quá hạn hay không đạt vì thời gian; chỉ được đánh giá theo bằng chứng (hoàn thành, hủy) và được gắn cờ "im lặng" sau 18 tháng không được nhắc để biên tập viên xem có đình trệ không.',
	en: 'An item without a deadline is never overdue, and never missed just because time passed; it is judged only on evidence (completion, cancellation), and is flagged quiet after 18 months without a mention so an editor can decide whether it stalled.'
};

export const FLAG_DEFINITIONS = {
	overdue: {
		vi: 'Hạn (hoặc năm mục tiêu) đã qua tại ngày xem mà trạng thái chưa phải trạng thái cuối (đã đạt, đạt một phần, không đạt, đã hủy).',
		en: 'The deadline (or target year) has passed at the viewing date and the status is not final (achieved, partially achieved, missed, cancelled).'
	},
	quiet: {
		vi: 'Không được bài báo nào nhắc đến trong 18 tháng tính đến ngày xem, và trạng thái chưa phải trạng thái cuối.',
		en: 'No article mentioned it in the 18 months up to the viewing date, and its status is not final.'
	}
};

export function statusDefinition(status: Status): StatusDefinition {
	return { status, final: isFinal(status), ...DEFS[status] };
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
