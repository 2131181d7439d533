import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml } from '../../src/lib/atom';

describe('Atom feeds', () => {
	it('escapes markup and drops characters XML cannot hold', () => {
		expect(escapeXml(`<b>"Tom" & 'Jerry'</b>\u0001`)).toBe(
			'&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;'
		);
	});

	it('keeps a hostile title inside its element', () => {
		const xml = atomFeed({
			id: 'http://x/feed.xml',
			title: 'Feed',
			self: 'http://x/feed.xml',
			alternate: 'http://x/',
			updated: '2026-01-01T00:00:00.000Z',
			lang: 'vi',
			entries: [
				{
					id: 'http://x/commitments/1#created',
					title: 'Đường sắt </title><script>alert(1)</script>',
					link: 'http://x/commitments/1?a=1&b=2',
					updated: '2026-01-01T00:00:00.000Z',
					summary: 'ok'
				}
			]
		});
		expect(xml).not.toContain('<script>');
		expect(xml).toContain(
			'<title>Đường sắt &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>'
		);
		expect(xml).toContain('href="http://x/commitments/1?a=1&amp;b=2"');
		expect(xml.match(/<entry>/g)).toHaveLength(1);
	});
});
