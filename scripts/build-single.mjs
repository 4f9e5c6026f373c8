// Builds the offline edition: one self-contained HTML file per language in content/.
// Each is a separate Vite build of src/routes-offline with STORY_LANG set.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { singleDir, singleFile } from '../src/lib/offline-path.js';

const languages = readdirSync('content').filter((name) =>
	statSync(`content/${name}`).isDirectory()
);
for (const lang of languages) {
	console.log(`offline edition: ${lang} → ${singleDir(lang)}/index.html`);
	execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		stdio: 'inherit',
		env: { ...process.env, BUILD_MODE: 'single', STORY_LANG: lang, SINGLE_DIR_OUT: singleDir(lang) }
	});
	useInlinedFonts(singleFile(lang));
}

// The site's fonts say `font-display: optional`: over a network, a font that is late is skipped
// rather than swapped in. In the single file the fonts are data: URLs decoded after the big inline
// bundle is parsed, always past that short window, so the file would never show them. From disk
// there is no network to wait for, so the offline edition swaps them in.
function useInlinedFonts(file) {
	const html = readFileSync(file, 'utf8');
	const swapped = html.replaceAll(/font-display:\s*optional/g, 'font-display:swap');
	if (swapped !== html) writeFileSync(file, swapped);
}
