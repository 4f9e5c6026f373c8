// Counts the story's words as a reader meets them: prose and step text, without YAML headers.
// usage: node scripts/word-count.mjs [content/en]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? 'content/en';
const dir = join(root, 'chapters');
let total = 0;
for (const file of readdirSync(dir).sort()) {
	const lines = readFileSync(join(dir, file), 'utf8').split('\n');
	let words = 0;
	// Walk the file: frontmatter, then body; inside a step, skip its YAML header up to "---".
	let state = 'front';
	for (const line of lines.slice(1)) {
		if (state === 'front') {
			if (line === '---') state = 'body';
			continue;
		}
		if (/^:::\s*step/.test(line)) {
			state = 'step-header';
			continue;
		}
		if (state === 'step-header') {
			if (line === '---') state = 'body';
			continue;
		}
		if (/^::::?/.test(line)) continue;
		const text = line.replace(/\]\([^)]*\)/g, ']').replace(/[#>*_[\]]/g, ' ');
		words += text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
	}
	console.log(`${String(words).padStart(6)}  ${file}`);
	total += words;
}
console.log(`${String(total).padStart(6)}  total`);
