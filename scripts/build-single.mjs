// Builds the offline edition: one self-contained HTML file per language in content/.
// Each is a separate Vite build of src/routes-offline with STORY_LANG set.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { singleDir } from '../src/lib/offline-path.js';

const languages = readdirSync('content').filter((name) =>
	statSync(`content/${name}`).isDirectory()
);
for (const lang of languages) {
	console.log(`offline edition: ${lang} → ${singleDir(lang)}/index.html`);
	execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		stdio: 'inherit',
		env: { ...process.env, BUILD_MODE: 'single', STORY_LANG: lang, SINGLE_DIR_OUT: singleDir(lang) }
	});
}
