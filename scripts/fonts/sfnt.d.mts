export interface NameRecord {
	nameId: number;
	languageId: number;
	encodingId: number;
	text: string;
}
export function readTables(sfnt: Buffer): Map<string, Buffer>;
export function readNames(sfnt: Buffer): NameRecord[];
export function readCodePoints(sfnt: Buffer): Set<number>;
export function withNames(
	sfnt: Buffer,
	rename: (record: NameRecord) => string | undefined,
	add?: { nameId: number; text: string }[]
): Buffer;
