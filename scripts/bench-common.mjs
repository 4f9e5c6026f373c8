// What the two benches (bench.mjs, bench-steps.mjs) share: reading `--name value` options, and
// serving a build on loopback with scripts/serve.mjs.
import { spawn } from 'node:child_process';

/** The value after `--name` in the command line, or `fallback`. */
export function option(name, fallback) {
	const args = process.argv.slice(2);
	const i = args.indexOf(`--${name}`);
	return i === -1 ? fallback : args[i + 1];
}

/**
 * Serves `dir` at `base` on 127.0.0.1:`port` (as a static host does, gzip and cached hashed
 * files, unless `raw`), once it answers; returns what stops it, which also runs on exit.
 */
export async function serveBuild({ dir, base = '/', port, raw = false }) {
	const server = spawn(
		process.execPath,
		[
			'scripts/serve.mjs',
			'--dir',
			dir,
			'--base',
			base,
			'--port',
			String(port),
			...(raw ? [] : ['--host-like'])
		],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	await new Promise((resolve, reject) => {
		server.stdout.once('data', resolve);
		server.once('exit', (code) =>
			reject(new Error(`the server exited (${code}): is port ${port} free?`))
		);
	});
	const stop = () => {
		server.kill();
	};
	process.on('exit', stop);
	return stop;
}
