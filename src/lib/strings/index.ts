import type { en } from './en';

export type Strings = typeof en;

// One file per language (en.ts, es.ts, …), each exporting an object named after the language.
const files = import.meta.glob<Record<string, Strings>>('./[a-z][a-z].ts', { eager: true });
const byLang: Record<string, Strings> = Object.fromEntries(
	Object.entries(files).map(([path, module]) => {
		const lang = path.slice(2, -3);
		return [lang, module[lang]!];
	})
);

/** The interface strings for a language; every language must have a strings file. */
export function stringsFor(lang: string): Strings {
	const strings = byLang[lang];
	if (!strings)
		throw new Error(`No strings file for language "${lang}" (src/lib/strings/${lang}.ts)`);
	return strings;
}
