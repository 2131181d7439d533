import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePageRole, requireRole } from '$lib/server/auth/guard';
import { fieldsOf, firstIssue, formFail, parseForm } from '$lib/server/editor/forms';
import { addFeed, DEFAULT_KEYWORDS, pollSoon, removeFeed } from '$lib/server/ingest/feeds';
import { parseHttpUrl } from '$lib/server/ingest/fetch';
import { listFeeds, recentFeedItems } from '$lib/server/queries/feeds';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
	requirePageRole(event, 'admin');
	const db = await getDb();
	return {
		feeds: await listFeeds(db),
		items: await recentFeedItems(db),
		defaultKeywords: DEFAULT_KEYWORDS.join(', '),
		added: event.url.searchParams.has('added')
	};
};

/** Built per request, so the messages are in the reader's language. */
const feedForm = () =>
	z.object({
		name: z.string().trim().min(1, m.feeds_need_name()).max(120),
		url: z
			.string()
			.trim()
			.max(2048)
			.refine((u) => parseHttpUrl(u).ok, m.feeds_need_url()),
		keywords: z
			.string()
			.max(1000)
			.transform((s) =>
				s
					.split(/[,\n]/)
					.map((k) => k.trim())
					.filter(Boolean)
					.slice(0, 30)
			),
		intervalMinutes: z.coerce
			.number()
			.int()
			.min(5, m.feeds_interval_range())
			.max(10080, m.feeds_interval_range())
	});

const FeedId = z.object({ id: z.coerce.number().int().positive() });

export const actions: Actions = {
	add: async ({ locals, request }) => {
		const admin = requireRole(locals, 'admin');
		const form = fieldsOf(await request.formData());
		const parsed = parseForm(feedForm(), form);
		if (!parsed.success)
			return formFail(400, { formName: 'add', form, message: firstIssue(parsed.error) });
		const result = await addFeed(await getDb(), admin.id, parsed.data);
		if (!result.ok) return formFail(409, { formName: 'add', form, message: m.feeds_exists() });
		redirect(303, '/admin/feeds?added');
	},
	poll: async ({ locals, request }) => {
		requireRole(locals, 'admin');
		const parsed = parseForm(FeedId, fieldsOf(await request.formData()));
		if (!parsed.success)
			return formFail(400, { formName: 'poll', form: {}, message: firstIssue(parsed.error) });
		await pollSoon(await getDb(), parsed.data.id);
		redirect(303, '/admin/feeds');
	},
	remove: async ({ locals, request }) => {
		const admin = requireRole(locals, 'admin');
		const parsed = parseForm(FeedId, fieldsOf(await request.formData()));
		if (!parsed.success)
			return formFail(400, { formName: 'remove', form: {}, message: firstIssue(parsed.error) });
		await removeFeed(await getDb(), admin.id, parsed.data.id);
		redirect(303, '/admin/feeds');
	}
};
