// Where `npm run build:single` writes each language's offline file: English at
// build-single/index.html, other languages at build-single/<lang>/index.html.
export function singleDir(lang) {
	const root = process.env.SINGLE_DIR ?? 'build-single';
	return lang === 'en' ? root : `${root}/${lang}`;
}

export function singleFile(lang) {
	return `${singleDir(lang)}/index.html`;
}
