// The static server the quick start and the browser tests use: only files inside its root, 404 for a missing asset
// but the app shell for an app route, GET and HEAD only, and the Content-Security-Policy on every file.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './serve.js';

const SHELL = '<p>shell</p>';
const PAGE_POLICY = "default-src 'self'; script-src 'self' 'sha256-abc='";

let server: { url: string; close: () => Promise<unknown> };
beforeAll(async () => {
	// build/ beside build-private/ and a secret one level up: names that share the prefix `build`.
	const parent = mkdtempSync(join(tmpdir(), 'komek-serve-'));
	const root = join(parent, 'build');
	mkdirSync(join(root, '_app', 'immutable'), { recursive: true });
	mkdirSync(join(parent, 'build-private'));
	writeFileSync(join(parent, 'build-private', 'secret.txt'), 'sibling secret');
	writeFileSync(join(parent, 'secret.txt'), 'parent secret');
	writeFileSync(join(root, 'index.html'), SHELL);
	writeFileSync(join(root, '_app', 'immutable', 'start.js'), 'export {};');
	mkdirSync(join(root, 'report'));
	writeFileSync(
		join(root, 'report', 'index.html'),
		`<meta http-equiv="content-security-policy" content="${PAGE_POLICY.replaceAll("'", '&#39;')}">report`
	);
	server = await serveStatic(root, 0);
}, 30_000);
afterAll(async () => server?.close());

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** A request with the raw path as given (fetch would normalise `//`, `..` and bad escapes away). */
function send(path: string, method = 'GET'): Promise<Answer> {
	const { hostname, port } = new URL(server.url);
	return new Promise((done, fail) => {
		request({ hostname, port, path, method }, (res) => {
			let body = '';
			res.on('data', (c) => (body += c));
			res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
		})
			.on('error', fail)
			.end();
	});
}

it('answers a malformed address with 400 and goes on serving', async () => {
	expect((await send('//')).status).toBe(400);
	expect((await send('/%E0%A4%A')).status).toBe(400);
	expect((await send('/index.html%00.js')).status).toBe(400);
	const { status, body } = await send('/');
	expect({ status, body }).toEqual({ status: 200, body: SHELL });
});

describe('never serves a file outside its root', () => {
	const paths = [
		'/../secret.txt',
		'/%2e%2e/secret.txt',
		'/..%2fsecret.txt',
		'/..%5csecret.txt',
		'/../build-private/secret.txt',
		'/..%2fbuild-private%2fsecret.txt',
		'/%2e%2e%2fbuild-private%2fsecret.txt',
		'/_app/..%2f..%2f..%2fbuild-private/secret.txt',
		'/../../etc/passwd',
		'/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd'
	];
	for (const path of paths)
		it(path, async () => {
			const { status, body } = await send(path);
			expect(body).not.toMatch(/secret|root:/);
			// Unencoded dot segments are resolved by the URL itself (`/../../etc/passwd` is `/etc/passwd`, an app route).
			if (status === 200) expect(body).toBe(SHELL);
			else expect([403, 404]).toContain(status);
		});
});

it('serves a file in a folder and a folder’s index page', async () => {
	expect((await send('/_app/immutable/start.js')).body).toBe('export {};');
	expect((await send('/report/')).body).toMatch(/report$/);
});

it('answers a missing asset with 404, an app route with the app shell', async () => {
	for (const path of ['/_app/immutable/missing.js', '/favicon.ico', '/embedded/households.arrow', '/no-such.wasm'])
		expect((await send(path)).status, path).toBe(404);
	for (const path of ['/compare', '/report/summary', '/controls/'])
		expect(await send(path), path).toMatchObject({ status: 200, body: SHELL });
});

it('allows GET and HEAD only: any other method gets 405 with an Allow header', async () => {
	for (const method of ['OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH', 'TRACE']) {
		const { status, headers, body } = await send('/', method);
		expect(status, method).toBe(405);
		expect(headers.allow, method).toBe('GET, HEAD');
		expect(body, method).not.toContain(SHELL);
	}
});

it('answers HEAD with the headers of GET and no body', async () => {
	const get = await send('/_app/immutable/start.js');
	const head = await send('/_app/immutable/start.js', 'HEAD');
	expect(head.status).toBe(200);
	expect(head.body).toBe('');
	expect(head.headers['content-length']).toBe(String('export {};'.length));
	expect(head.headers['content-type']).toBe(get.headers['content-type']);
	expect((await send('/missing.js', 'HEAD')).status).toBe(404);
});

describe('the Content-Security-Policy header', () => {
	it('is the page’s own <meta> policy (with its script hashes), plus frame-ancestors', async () => {
		const { headers } = await send('/report/');
		expect(headers['content-security-policy']).toBe(`${PAGE_POLICY}; frame-ancestors 'none'`);
	});

	it('on a page without one: the own origin only, no eval of any kind', async () => {
		const policy = String((await send('/')).headers['content-security-policy']);
		expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/);
		expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).not.toMatch(/'unsafe-(eval|inline)'|\*|https?:/);
	});

	it('on scripts (workers take their own response’s policy): WebAssembly may compile, JavaScript may not be eval’d', async () => {
		const { headers } = await send('/_app/immutable/start.js');
		const policy = String(headers['content-security-policy']);
		expect(policy).toMatch(/(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
		expect(policy).toMatch(/(^|; )worker-src 'self'(;|$)/);
		expect(policy).not.toMatch(/'unsafe-(eval|inline)'|\*/);
		expect(headers['x-content-type-options']).toBe('nosniff');
	});
});
