// Writes the subset fonts to src/lib/fonts/files/, with the characters they keep. Run by hand
// (npm run fonts) when the words or the fonts change; tests/unit/fonts.test.ts says when.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FACES, outputDir, projectPath, siteCharacters, subsetFace } from './fonts/subset.mjs';

const characters = siteCharacters();
mkdirSync(outputDir, { recursive: true });
writeFileSync(join(outputDir, 'characters.txt'), characters + '\n');
for (const face of FACES) {
	const bytes = await subsetFace(face, characters);
	writeFileSync(join(outputDir, face.file), bytes);
	console.log(`${projectPath(join(outputDir, face.file))}: ${bytes.length} bytes`);
}
console.log(`${[...characters].length} characters`);
