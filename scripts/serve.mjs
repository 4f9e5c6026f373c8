// A tiny static server for the built export, on loopback, optionally under a sub-path, so tests
// prove the site works wherever a publisher puts it.
// usage: node scripts/serve.mjs [--dir build] [--base /longread/] [--port 4174] [--host-like]
//   --host-like serves as a static host or CDN would: text gzipped when the browser accepts it,
//   and SvelteKit's content-hashed `_app/immutable/` files cached for a year. The bench uses it,
//   so Lighthouse measures what a reader downloads; tests use plain files.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const argv = process.argv.slice(2);
const args = Object.fromEntries(
	argv.reduce((pairs, arg, i, all) => {
		if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
		return pairs;
	}, [])
);
const dir = args.dir ?? 'build';
const base = args.base ?? '/';
const port = Number(args.port ?? 4174);
const hostLike = argv.includes('--host-like');

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml'
};
const compressible = /^(text\/|application\/(json|xml)|image\/svg)/;
const gzipped = new Map();

createServer((req, res) => {
	const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
	if (!path.startsWith(base)) {
		res.writeHead(404).end('not found');
		return;
	}
	let file = normalize(join(dir, path.slice(base.length)));
	if (!file.startsWith(normalize(dir))) {
		res.writeHead(403).end();
		return;
	}
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	if (!existsSync(file)) {
		res.writeHead(404).end('not found');
		return;
	}
	const type = types[extname(file)] ?? 'application/octet-stream';
	if (!hostLike) {
		res.writeHead(200, { 'content-type': type });
		createReadStream(file).pipe(res);
		return;
	}
	const headers = {
		'content-type': type,
		'cache-control': path.includes('/_app/immutable/')
			? 'public, max-age=31536000, immutable'
			: 'public, max-age=0, must-revalidate'
	};
	if (compressible.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
		// Keyed by modification time too, so a rebuild under a running server is picked up.
		const key = `${file}:${statSync(file).mtimeMs}`;
		if (!gzipped.has(key)) gzipped.set(key, gzipSync(readFileSync(file), { level: 9 }));
		const body = gzipped.get(key);
		res.writeHead(200, {
			...headers,
			'content-encoding': 'gzip',
			vary: 'accept-encoding',
			'content-length': body.length
		});
		res.end(body);
		return;
	}
	res.writeHead(200, headers);
	createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () =>
	console.log(`serving ${dir} at http://127.0.0.1:${port}${base}${hostLike ? ' (host-like)' : ''}`)
);
