// Serves the built static app (build/) on the loopback interface. Used by `npm start` and the browser tests.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGE_DIRECTIVES, WORKER_DIRECTIVES, policyText } from './csp.js';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.wasm': 'application/wasm',
	'.csv': 'text/csv; charset=utf-8',
	'.parquet': 'application/octet-stream',
	'.arrow': 'application/vnd.apache.arrow.stream',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8'
};

/** The app shell client-side routes fall back to (adapter-static's `fallback` in svelte.config.js). */
const FALLBACK = 'index.html';

const WORKER_POLICY = policyText(WORKER_DIRECTIVES);
const FRAME_ANCESTORS = policyText({ 'frame-ancestors': PAGE_DIRECTIVES['frame-ancestors'] });

/**
 * The file `path` (decoded, from the address) names under `base`: `{ file }`, or `{ status }` when it is outside
 * `base` (403) or a missing asset (404). A path without an extension is an app route: the shell answers it.
 * @param {string} base
 * @param {string} path
 * @returns {{ file: string } | { status: number }}
 */
function locate(base, path) {
	const file = resolve(base, `.${path}`);
	// Inside means the folder itself or below it: `/..%2fbuild-private` resolves to a sibling that merely starts alike.
	if (file !== base && !file.startsWith(base + sep)) return { status: 403 };
	if (isFile(file)) return { file };
	if (isFile(join(file, 'index.html'))) return { file: join(file, 'index.html') };
	if (extname(file) !== '') return { status: 404 };
	return { file: join(base, FALLBACK) };
}

/** @param {string} file */
function isFile(file) {
	return existsSync(file) && statSync(file).isFile();
}

/**
 * The Content-Security-Policy header of `file`: a page's own <meta> policy (it holds the hashes of its inline
 * scripts) with `frame-ancestors`, which a <meta> tag cannot carry; any other file's, the worker policy.
 * @param {string} file
 * @returns {string}
 */
function policyOf(file) {
	if (extname(file) !== '.html') return WORKER_POLICY;
	const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readFileSync(file, 'utf8'));
	const page = meta
		? meta[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&amp;', '&')
		: policyText(PAGE_DIRECTIVES);
	return page.includes('frame-ancestors') ? page : `${page}; ${FRAME_ANCESTORS}`;
}

/**
 * Starts a static server for `root` on 127.0.0.1:`port` (0 = any free port); resolves with its address. GET and
 * HEAD only (405 otherwise); 400 for a malformed address, 403 outside `root`, 404 for a missing asset.
 * @param {string} root
 * @param {number} [port]
 * @returns {Promise<{ url: string, close: () => Promise<unknown> }>}
 */
export function serveStatic(root, port = 0) {
	const base = resolve(root);
	const server = createServer((req, res) => {
		const refuse = (/** @type {number} */ status, /** @type {Record<string, string>} */ headers = {}) =>
			void res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(`${status}\n`);
		if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(405, { allow: 'GET, HEAD' });
		let path;
		try {
			path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		} catch {
			// A malformed address (`//`, a bad %-escape) is the client's mistake, never the server's end.
			return refuse(400);
		}
		if (path.includes('\0')) return refuse(400);
		const found = locate(base, path);
		if ('status' in found) return refuse(found.status);
		const { file } = found;
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': statSync(file).size,
			'content-security-policy': policyOf(file),
			'x-content-type-options': 'nosniff',
			// Hashed build assets never change: let the browser keep them (and its compiled wasm) for good.
			'cache-control': file.includes(join('_app', 'immutable')) ? 'public, max-age=31536000, immutable' : 'no-cache'
		});
		if (req.method === 'HEAD') return void res.end();
		createReadStream(file).pipe(res);
	});
	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => {
			const address = /** @type {import('node:net').AddressInfo} */ (server.address());
			done({ url: `http://127.0.0.1:${address.port}/`, close: () => new Promise((r) => server.close(r)) });
		});
	});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const root = process.argv[2] ?? 'build';
	if (!existsSync(join(root, 'index.html'))) {
		console.error(`No built app in ${root}/: run \`npm run build\` first.`);
		process.exit(1);
	}
	const { url } = await serveStatic(root, Number(process.env.PORT ?? 4173));
	console.log(`Komek is running at ${url}  (Ctrl+C to stop)`);
}
