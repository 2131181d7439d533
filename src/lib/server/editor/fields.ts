import { z } from 'zod';
import { SECTORS } from '../extract/types';
import { STATUSES } from '../track/status';

/** Form fields arrive as strings; an empty or absent field means "none". */
const blankToNull = (v: unknown) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : typeof v === 'string' ? v.trim() : v);
const decimal = z.preprocess(
	blankToNull,
	z
		.string()
		.regex(/^\d{1,15}(\.\d{1,6})?$/, 'write a plain number such as 10000000000 or 12.5')
		.nullable()
);

/** The fields an editor may correct on an item. */
export const ItemFieldsSchema = z
	.object({
		title: z.string().trim().min(3, 'give the item a title').max(300),
		titleEn: z.preprocess(blankToNull, z.string().max(300).nullable()),
		sector: z.enum(SECTORS),
		targetValue: decimal,
		targetValueMax: decimal,
		unit: z.preprocess(blankToNull, z.string().max(40).nullable()),
		targetYear: z.preprocess(blankToNull, z.coerce.number().int().min(1950).max(2100).nullable()),
		deadline: z.preprocess(blankToNull, z.iso.date({ message: 'use YYYY-MM-DD' }).nullable())
	})
	.refine((f) => f.targetValue !== null || f.targetValueMax === null, { message: 'a maximum needs a target value', path: ['targetValueMax'] })
	.refine((f) => f.targetValue === null || f.unit !== null, { message: 'a target needs a unit (USD, MW, km, …)', path: ['unit'] });
export type ItemFields = z.infer<typeof ItemFieldsSchema>;
export const ITEM_FIELD_NAMES = ['title', 'titleEn', 'sector', 'targetValue', 'targetValueMax', 'unit', 'targetYear', 'deadline'] as const;

export const VersionSchema = z.coerce.number().int().positive();
export const IdSchema = z.coerce.number().int().positive();

export const StatusChangeSchema = z
	.object({
		toStatus: z.enum(STATUSES),
		reason: z.string().trim().min(10, 'say why, in at least a sentence').max(2000),
		evidenceMentionId: z.preprocess(blankToNull, z.coerce.number().int().positive().nullable()),
		evidenceUrl: z.preprocess(blankToNull, z.url({ protocol: /^https?$/, message: 'give an http(s) link' }).max(2000).nullable()),
		note: z.preprocess(blankToNull, z.string().max(4000).nullable()),
		effectiveOn: z.preprocess(blankToNull, z.iso.date({ message: 'use YYYY-MM-DD' }).nullable()),
		publicNote: z.preprocess(blankToNull, z.string().max(1000).nullable())
	})
	.refine((s) => s.evidenceMentionId !== null || s.evidenceUrl !== null || s.note !== null, {
		message: 'give evidence: pick a quote, paste a link, or write a note',
		path: ['evidence']
	});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

export const PublicNoteSchema = z.preprocess(blankToNull, z.string().max(1000).nullable());
