// The static server the quick start and the browser tests use: bad addresses get 400, and it keeps serving.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveStatic } from './serve.js';

let server: { url: string; close: () => Promise<unknown> };
beforeAll(async () => {
	const root = mkdtempSync(join(tmpdir(), 'komek-serve-'));
	writeFileSync(join(root, 'index.html'), '<p>shell</p>');
	server = await serveStatic(root, 0);
});
afterAll(async () => server?.close());

/** GET with the raw path as given (fetch would normalise `//` and bad escapes away). */
function get(path: string): Promise<{ status: number; body: string }> {
	const { hostname, port } = new URL(server.url);
	return new Promise((done, fail) => {
		request({ hostname, port, path, method: 'GET' }, (res) => {
			let body = '';
			res.on('data', (c) => (body += c));
			res.on('end', () => done({ status: res.statusCode ?? 0, body }));
		})
			.on('error', fail)
			.end();
	});
}

it('answers a malformed address with 400 and goes on serving', async () => {
	expect((await get('//')).status).toBe(400);
	expect((await get('/%E0%A4%A')).status).toBe(400);
	expect(await get('/')).toEqual({ status: 200, body: '<p>shell</p>' });
});

it('never serves a file outside its root', async () => {
	for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd']) {
		const { status, body } = await get(path);
		expect(body, path).not.toMatch(/root:/);
		expect([200, 403], path).toContain(status);
	}
});
