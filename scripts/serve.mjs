// A tiny static server for the built export, on loopback, optionally under a sub-path, so tests
// prove the site works wherever a publisher puts it.
// usage: node scripts/serve.mjs [--dir build] [--base /longread/] [--port 4174]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const args = Object.fromEntries(
	process.argv.slice(2).reduce((pairs, arg, i, all) => {
		if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
		return pairs;
	}, [])
);
const dir = args.dir ?? 'build';
const base = args.base ?? '/';
const port = Number(args.port ?? 4174);

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
	res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () =>
	console.log(`serving ${dir} at http://127.0.0.1:${port}${base}`)
);
