// Serves the built static app (build/) on the loopback interface. Used by `npm start` and the browser tests.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/**
 * Starts a static server for `root` on 127.0.0.1:`port` (0 = any free port); resolves with its address.
 * @param {string} root
 * @param {number} [port]
 * @returns {Promise<{ url: string, close: () => Promise<unknown> }>}
 */
export function serveStatic(root, port = 0) {
	const base = resolve(root);
	const server = createServer((req, res) => {
		let path;
		try {
			path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		} catch {
			// A malformed address (`//`, a bad %-escape) is the client's mistake, never the server's end.
			return void res.writeHead(400).end();
		}
		let file = normalize(join(base, path));
		if (!file.startsWith(base)) return void res.writeHead(403).end();
		if (!existsSync(file) || statSync(file).isDirectory()) {
			const index = join(file, 'index.html');
			// Client-side routes fall back to the app shell (the adapter's fallback page).
			file = existsSync(index) ? index : join(base, 'index.html');
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': statSync(file).size,
			// Hashed build assets never change: let the browser keep them (and its compiled wasm) for good.
			'cache-control': file.includes(`${join('_app', 'immutable')}`) ? 'public, max-age=31536000, immutable' : 'no-cache'
		});
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
