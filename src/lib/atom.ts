/** Atom 1.0 documents (RFC 4287), built as text with every value escaped. */

// Characters XML 1.0 cannot carry at all, even escaped: dropped rather than breaking the feed.
// eslint-disable-next-line no-control-regex -- naming the control characters XML allows is the point
const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
	return text
		.replace(INVALID_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

export interface AtomEntry {
	id: string;
	title: string;
	link: string;
	updated: string;
	summary: string;
}

export interface AtomFeed {
	id: string;
	title: string;
	self: string;
	alternate: string;
	updated: string;
	lang: string;
	entries: AtomEntry[];
}

export function atomFeed(feed: AtomFeed): string {
	const entries = feed.entries.map(
		(e) => `	<entry>
		<id>${escapeXml(e.id)}</id>
		<title>${escapeXml(e.title)}</title>
		<link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>
		<updated>${escapeXml(e.updated)}</updated>
		<summary>${escapeXml(e.summary)}</summary>
	</entry>`
	);
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">
	<id>${escapeXml(feed.id)}</id>
	<title>${escapeXml(feed.title)}</title>
	<link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
	<link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>
	<updated>${escapeXml(feed.updated)}</updated>
	<author><name>Camket</name></author>
${entries.join('\n')}
</feed>
`;
}

export const ATOM_HEADERS = { 'content-type': 'application/atom+xml; charset=utf-8' } as const;
