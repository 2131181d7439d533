import { z } from 'zod';
// Messages are functions, so each resolves in the language of the request that parses the form.
import { m } from '../../paraglide/messages';
import { SECTORS } from '../extract/types';
import { STATUSES } from '../track/status';
import { dayFromInput } from '../../day-input';

/** Form fields arrive as strings; an empty or absent field means "none". */
const blankToNull = (v: unknown) =>
	v === undefined || (typeof v === 'string' && v.trim() === '')
		? null
		: typeof v === 'string'
			? v.trim()
			: v;
/** A day as typed: 31/12/2029 (as the Vietnamese form shows it) or 2029-12-31. */
const day = z.preprocess(
	(v) => {
		const x = blankToNull(v);
		return typeof x === 'string' ? dayFromInput(x) : x;
	},
	z.iso.date({ error: () => m.val_date() }).nullable()
);
const decimal = z.preprocess(
	blankToNull,
	z
		.string()
		.regex(/^\d{1,15}(\.\d{1,6})?$/, { error: () => m.val_plain_number() })
		.nullable()
);

/** The fields an editor may correct on an item. */
export const ItemFieldsSchema = z
	.object({
		title: z
			.string()
			.trim()
			.min(3, { error: () => m.val_title() })
			.max(300),
		titleEn: z.preprocess(blankToNull, z.string().max(300).nullable()),
		sector: z.enum(SECTORS),
		targetValue: decimal,
		targetValueMax: decimal,
		unit: z.preprocess(blankToNull, z.string().max(40).nullable()),
		targetYear: z.preprocess(blankToNull, z.coerce.number().int().min(1950).max(2100).nullable()),
		deadline: day
	})
	.refine((f) => f.targetValue !== null || f.targetValueMax === null, {
		error: () => m.val_max_needs_target(),
		path: ['targetValueMax']
	})
	.refine((f) => f.targetValue === null || f.unit !== null, {
		error: () => m.val_target_needs_unit(),
		path: ['unit']
	});
export type ItemFields = z.infer<typeof ItemFieldsSchema>;
export const ITEM_FIELD_NAMES = [
	'title',
	'titleEn',
	'sector',
	'targetValue',
	'targetValueMax',
	'unit',
	'targetYear',
	'deadline'
] as const;

export const VersionSchema = z.coerce.number().int().positive();
export const IdSchema = z.coerce.number().int().positive();

export const StatusChangeSchema = z
	.object({
		toStatus: z.enum(STATUSES),
		reason: z
			.string()
			.trim()
			.min(10, { error: () => m.val_reason() })
			.max(2000),
		evidenceMentionId: z.preprocess(blankToNull, z.coerce.number().int().positive().nullable()),
		evidenceUrl: z.preprocess(
			blankToNull,
			z
				.url({ protocol: /^https?$/, error: () => m.val_http_link() })
				.max(2000)
				.nullable()
		),
		note: z.preprocess(blankToNull, z.string().max(4000).nullable()),
		effectiveOn: day,
		publicNote: z.preprocess(blankToNull, z.string().max(1000).nullable())
	})
	.refine((s) => s.evidenceMentionId !== null || s.evidenceUrl !== null || s.note !== null, {
		error: () => m.val_evidence(),
		path: ['evidence']
	});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

export const PublicNoteSchema = z.preprocess(blankToNull, z.string().max(1000).nullable());
