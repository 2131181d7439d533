import { describe, expect, it } from 'vitest';
import { isPrivateAddress, parseHttpUrl } from '../../src/lib/server/ingest/fetch';

describe('fetch guards', () => {
	it('refuses links that are not http(s) or carry credentials', () => {
		expect(parseHttpUrl('file:///etc/passwd')).toEqual({
			ok: false,
			reason: 'refused: only http and https links are fetched, not file:'
		});
		expect(parseHttpUrl('ftp://tin.example/a.html')).toMatchObject({
			ok: false,
			reason: expect.stringContaining('not ftp:')
		});
		expect(parseHttpUrl('javascript:alert(1)')).toMatchObject({ ok: false });
		expect(parseHttpUrl('http://user:pw@tin.example/')).toMatchObject({
			ok: false,
			reason: expect.stringContaining('user name or password')
		});
		expect(parseHttpUrl('trang tin')).toMatchObject({
			ok: false,
			reason: expect.stringContaining('is not a link')
		});
		expect(parseHttpUrl('https://tin.example/a#b')).toMatchObject({ ok: true });
	});

	it('knows private, loopback, link-local and mapped addresses from public ones', () => {
		for (const a of [
			'127.0.0.1',
			'127.9.9.9',
			'10.1.2.3',
			'172.16.0.1',
			'172.31.255.255',
			'192.168.1.1',
			'169.254.169.254',
			'100.64.0.1',
			'0.0.0.0',
			'::1',
			'::',
			'fe80::1',
			'fd00::1',
			'::ffff:127.0.0.1',
			'::ffff:7f00:1',
			'64:ff9b::a00:1',
			'224.0.0.1',
			'not-an-ip'
		]) {
			expect(isPrivateAddress(a), a).toBe(true);
		}
		for (const a of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])
			expect(isPrivateAddress(a), a).toBe(false);
	});
});
