/** Bad content: the message starts with "file:line:" so the build names the place. */
export class ContentError extends Error {
	override name = 'ContentError';
	constructor(
		readonly file: string,
		readonly line: number | undefined,
		readonly reason: string
	) {
		super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
	}
}
