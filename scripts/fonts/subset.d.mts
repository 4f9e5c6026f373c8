export interface Face {
	/** The @fontsource file it is cut from, e.g. 'public-sans/files/public-sans-latin-400-normal.woff2'. */
	source: string;
	/** Its file name in src/lib/fonts/files/. */
	file: string;
	rename?: { from: RegExp; to: (found: string) => string; description: string };
}
export const root: string;
export const outputDir: string;
export const FACES: Face[];
export function siteCharacters(): string;
export function subsetFace(face: Face, characters: string): Promise<Buffer>;
export function unpack(woff2: Buffer): Promise<Buffer>;
export function originalOf(face: Face): Buffer;
export function projectPath(file: string): string;
