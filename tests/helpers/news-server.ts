/**
 * A local news site for the web-import tests, started by the test itself: never the internet.
 * It serves the pages in tests/fixtures/web (written for the tests), and the bad cases a
 * fetcher must survive: redirects, a redirect loop, a slow answer, a 404, a 20 MB body, a JSON
 * answer, and a redirect to 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';

const FIXTURES = path.resolve('tests/fixtures/web');
export const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

/**
 * Encodes text in windows-1258, as an old Vietnamese site stores it: letters with a tone mark
 * are a base letter (itself precomposed when the code page has it: â, ê, ô, ơ, ư, ă) followed
 * by a combining tone mark. Built from Node's own decoder table, so it round-trips by construction.
 */
export function encodeWindows1258(text: string): Buffer {
	const decoder = new TextDecoder('windows-1258');
	const table = new Map<string, number>();
	for (let b = 0; b < 256; b++) {
		const ch = decoder.decode(Uint8Array.of(b));
		if (!table.has(ch)) table.set(ch, b);
	}
	const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
	const bytes: number[] = [];
	for (const ch of text.normalize('NFC')) {
		const direct = table.get(ch);
		if (direct !== undefined) {
			bytes.push(direct);
			continue;
		}
		const decomposed = ch.normalize('NFD');
		const tones = decomposed.match(TONES) ?? [];
		const base = decomposed.replace(TONES, '').normalize('NFC');
		const parts = [table.get(base), ...tones.map((t) => table.get(t))];
		if (parts.some((p) => p === undefined)) throw new Error(`windows-1258 cannot write ${ch}`);
		bytes.push(...(parts as number[]));
	}
	return Buffer.from(bytes);
}

/** An RSS 2.0 feed of the site: two items about Laos, one that is not. */
export const rssFeed = (origin: string) => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Đồng Hành - Thời sự</title><link>${origin}/</link><description>Tin thời sự</description>
<item><title><![CDATA[Việt Nam - Lào thống nhất hoàn thành tuyến cao tốc trước năm 2028]]></title><link>${origin}/dong-hanh.html</link><guid isPermaLink="false">dh-1234</guid><description>&lt;p&gt;Hai bộ trưởng ký biên bản ghi nhớ.&lt;/p&gt;</description><pubDate>Mon, 03 Nov 2025 06:15:00 +0700</pubDate></item>
<item><title>Giá rau xanh tại chợ đầu mối tăng nhẹ</title><link>${origin}/gia-rau.html</link><description>Thời tiết mưa kéo dài khiến nguồn cung giảm.</description></item>
<item><title>Tăng cường hợp tác giáo dục</title><link>/khong-the.html</link><description>Thêm học bổng cho lưu học sinh Lào.</description></item>
</channel></rss>`;

/** An Atom feed: one entry about Laos (English), one about another country. */
export const atomFeed = (origin: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Lan Xang Daily</title><id>tag:lanxang.example,2026:feed</id><updated>2026-04-21T22:30:00Z</updated>
<link rel="self" href="${origin}/atom.xml"/>
<entry><title>Laos and Vietnam agree to double rail freight by 2030</title><link rel="self" href="${origin}/atom/1"/><link rel="alternate" type="text/html" href="${origin}/lan-xang/story"/><id>tag:lanxang.example,2026:1</id><updated>2026-04-21T22:30:00Z</updated><summary>Transport officials met in Vientiane.</summary></entry>
<entry><title>Port fees cut at a southern harbour</title><link href="${origin}/port.html"/><id>tag:lanxang.example,2026:2</id><updated>2026-04-20T10:00:00Z</updated><summary>Shipping lines welcomed the change.</summary></entry>
</feed>`;

export interface NewsServer {
	/** `http://127.0.0.x:port` */
	origin: string;
	port: number;
	host: string;
	/** How many requests each path received. */
	hits: Map<string, number>;
	/** `/cho.html` answers only after `release()`; `arrived` resolves when it is first asked for. */
	held: { arrived: Promise<void>; release(): void };
	close(): Promise<void>;
}

const HTML = 'text/html; charset=utf-8';

/** Starts the site on `host` (127.0.0.1 unless a test needs another loopback address). */
export async function startNewsServer(host = '127.0.0.1'): Promise<NewsServer> {
	const hits = new Map<string, number>();
	const sockets = new Set<Socket>();
	const timers = new Set<ReturnType<typeof setTimeout>>();
	let origin = '';
	let arrive = () => {};
	let release = () => {};
	const arrived = new Promise<void>((resolve) => (arrive = resolve));
	const released = new Promise<void>((resolve) => (release = resolve));
	const server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
		const send = (
			status: number,
			type: string,
			body: string | Buffer,
			headers: Record<string, string> = {}
		) => {
			res.writeHead(status, {
				'content-type': type,
				'content-length': Buffer.byteLength(body),
				...headers
			});
			res.end(body);
		};
		const redirect = (to: string, status = 302) => {
			res.writeHead(status, { location: to, 'content-length': 0 });
			res.end();
		};
		const p = url.pathname;
		if (p === '/dong-hanh.html' || p === '/ban-in/dong-hanh.html')
			return send(200, HTML, fixture('dong-hanh.html'));
		// The same story under a second address, with no canonical link: only its text gives it away.
		if (p === '/tin-khac/ban-sao.html')
			return send(
				200,
				HTML,
				fixture('dong-hanh.html')
					.replace(/<link rel="canonical"[^>]*>/, '')
					.replace(/"mainEntityOfPage":\{[^}]*\},/, '')
			);
		// The charset is only in the page's <meta>, as on old sites whose server sends bare text/html.
		if (p === '/me-kong.html')
			return send(200, 'text/html', encodeWindows1258(fixture('me-kong-1258.html')));
		// The header names the charset; the page's own <meta> says nothing.
		if (p === '/me-kong-header.html')
			return send(
				200,
				'text/html; charset=windows-1258',
				encodeWindows1258(fixture('me-kong-1258.html').replace(/<meta http-equiv[^>]*>/, ''))
			);
		if (p === '/khong-the.html') return send(200, HTML, fixture('khong-the.html'));
		if (p === '/lan-xang/story') return send(200, HTML, fixture('lan-xang.html'));
		if (p.startsWith('/chuyen/')) {
			// /chuyen/3 redirects three times (relative Location), then lands on the Đồng Hành page.
			const n = Number(p.split('/')[2]);
			return redirect(n > 1 ? `/chuyen/${n - 1}` : '/dong-hanh.html', n % 2 ? 301 : 302);
		}
		if (p === '/vong-lap') return redirect('/vong-lap');
		// To 127.0.0.1, on the port given (another fixture server's) or this one's.
		if (p === '/sang-noi-bo')
			return redirect(
				`http://127.0.0.1:${url.searchParams.get('port') ?? (server.address() as AddressInfo).port}/dong-hanh.html`
			);
		if (p === '/sang-file') return redirect('file:///etc/passwd');
		if (p === '/cho.html') {
			arrive();
			return void released.then(() => send(200, HTML, fixture('lan-xang.html')));
		}
		if (p === '/cham') {
			// Answers long after any test's timeout; closing the server cuts it short.
			const timer = setTimeout(() => send(200, HTML, fixture('dong-hanh.html')), 60_000);
			timers.add(timer);
			return;
		}
		if (p === '/rss.xml') {
			// Answers a conditional GET with 304, as a well-behaved news site does.
			if (req.headers['if-none-match'] === '"rss-v1"')
				return res.writeHead(304, { etag: '"rss-v1"' }).end();
			return send(200, 'application/rss+xml; charset=utf-8', rssFeed(origin), { etag: '"rss-v1"' });
		}
		if (p === '/atom.xml') {
			const modified = 'Tue, 21 Apr 2026 22:30:00 GMT';
			if (req.headers['if-modified-since'] === modified) return res.writeHead(304).end();
			return send(200, 'application/atom+xml', atomFeed(origin), { 'last-modified': modified });
		}
		if (p === '/du-lieu.json') return send(200, 'application/json', '{"tin": []}');
		if (p === '/trong.html')
			return send(200, HTML, '<html><body><nav><a href="/">Trang chủ</a></nav></body></html>');
		if (p === '/khong-lo' || p === '/khong-lo-chunked') {
			// 20 MB of markup; the chunked one does not say its length, so the cap must count bytes.
			const size = 20 * 1024 * 1024;
			res.writeHead(
				200,
				p === '/khong-lo'
					? { 'content-type': HTML, 'content-length': size }
					: { 'content-type': HTML }
			);
			const chunk = Buffer.alloc(64 * 1024, '<p>Tin dài.</p>');
			let sent = 0;
			const pump = () => {
				while (sent < size) {
					sent += chunk.length;
					if (!res.write(chunk)) return void res.once('drain', pump);
				}
				res.end();
			};
			res.on('close', () => (sent = size));
			return pump();
		}
		send(404, HTML, '<html><body><h1>Không tìm thấy trang</h1></body></html>');
	});
	server.on('connection', (s) => {
		sockets.add(s);
		s.on('close', () => sockets.delete(s));
	});
	await new Promise<void>((resolve) => server.listen(0, host, resolve));
	const port = (server.address() as AddressInfo).port;
	origin = `http://${host}:${port}`;
	return {
		origin,
		port,
		host,
		hits,
		held: { arrived, release },
		close: () =>
			new Promise<void>((resolve) => {
				for (const t of timers) clearTimeout(t);
				release();
				for (const s of sockets) s.destroy();
				server.close(() => resolve());
			})
	};
}
