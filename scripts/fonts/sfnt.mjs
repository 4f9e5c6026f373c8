// Just enough of the OpenType file format to rename a font and to see what it covers: read the
// table directory, the naming table and the character map; write the font back with a new
// naming table. Reference: https://learn.microsoft.com/typography/opentype/spec/otff

/** The tables of an sfnt (TrueType or CFF OpenType) font, by tag, as views into its bytes. */
export function readTables(sfnt) {
	const tables = new Map();
	const count = sfnt.readUInt16BE(4);
	for (let i = 0; i < count; i++) {
		const record = 12 + 16 * i;
		const tag = sfnt.toString('latin1', record, record + 4);
		const offset = sfnt.readUInt32BE(record + 8);
		const length = sfnt.readUInt32BE(record + 12);
		tables.set(tag, sfnt.subarray(offset, offset + length));
	}
	return tables;
}

/** The Windows-platform (3) names, as { nameId, languageId, encodingId, text }. */
export function readNames(sfnt) {
	const name = readTables(sfnt).get('name');
	const count = name.readUInt16BE(2);
	const strings = name.readUInt16BE(4);
	const names = [];
	for (let i = 0; i < count; i++) {
		const record = 6 + 12 * i;
		const [platformId, encodingId, languageId, nameId, length, offset] = [0, 2, 4, 6, 8, 10].map(
			(at) => name.readUInt16BE(record + at)
		);
		if (platformId !== 3) continue;
		const bytes = name.subarray(strings + offset, strings + offset + length);
		names.push({ nameId, languageId, encodingId, text: utf16be(bytes) });
	}
	return names;
}

/** Every code point the font's Unicode character map (format 4 or 12) gives a glyph. */
export function readCodePoints(sfnt) {
	const cmap = readTables(sfnt).get('cmap');
	const subtables = [];
	for (let i = 0; i < cmap.readUInt16BE(2); i++) {
		const record = 4 + 8 * i;
		const platformId = cmap.readUInt16BE(record);
		const encodingId = cmap.readUInt16BE(record + 2);
		const at = cmap.readUInt32BE(record + 4);
		if (platformId === 0 || (platformId === 3 && (encodingId === 1 || encodingId === 10))) {
			subtables.push(cmap.subarray(at));
		}
	}
	const points = new Set();
	for (const table of subtables) {
		const format = table.readUInt16BE(0);
		if (format === 4) {
			const segments = table.readUInt16BE(6) / 2;
			const ends = 14;
			const starts = ends + 2 * segments + 2;
			const deltas = starts + 2 * segments;
			const rangeOffsets = deltas + 2 * segments;
			for (let s = 0; s < segments; s++) {
				const end = table.readUInt16BE(ends + 2 * s);
				const start = table.readUInt16BE(starts + 2 * s);
				const delta = table.readUInt16BE(deltas + 2 * s);
				const rangeOffset = table.readUInt16BE(rangeOffsets + 2 * s);
				for (let c = start; c <= end && c !== 0xffff; c++) {
					let glyph;
					if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
					else {
						const at = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
						glyph = table.readUInt16BE(at);
						if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
					}
					if (glyph !== 0) points.add(c);
				}
			}
		} else if (format === 12) {
			for (let g = 0; g < table.readUInt32BE(12); g++) {
				const group = 16 + 12 * g;
				const start = table.readUInt32BE(group);
				const end = table.readUInt32BE(group + 4);
				const glyph = table.readUInt32BE(group + 8);
				for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) points.add(c);
			}
		}
	}
	return points;
}

/**
 * The font with its Windows-platform names replaced: `rename(record)` returns a record's new
 * text, or undefined to keep it; `add` appends records (English, Unicode BMP). Names of other
 * platforms are dropped: browsers read the Windows ones.
 */
export function withNames(sfnt, rename, add = []) {
	const records = readNames(sfnt).map((record) => ({
		...record,
		text: rename(record) ?? record.text
	}));
	for (const { nameId, text } of add) {
		records.push({ nameId, languageId: 0x409, encodingId: 1, text });
	}
	records.sort(
		(a, b) => a.encodingId - b.encodingId || a.languageId - b.languageId || a.nameId - b.nameId
	);

	const strings = records.map((record) => Buffer.from(record.text, 'utf16le').swap16());
	const header = Buffer.alloc(6 + 12 * records.length);
	header.writeUInt16BE(0, 0);
	header.writeUInt16BE(records.length, 2);
	header.writeUInt16BE(header.length, 4);
	let offset = 0;
	records.forEach((record, i) => {
		const at = 6 + 12 * i;
		header.writeUInt16BE(3, at);
		header.writeUInt16BE(record.encodingId, at + 2);
		header.writeUInt16BE(record.languageId, at + 4);
		header.writeUInt16BE(record.nameId, at + 6);
		header.writeUInt16BE(strings[i].length, at + 8);
		header.writeUInt16BE(offset, at + 10);
		offset += strings[i].length;
	});
	const tables = readTables(sfnt);
	tables.set('name', Buffer.concat([header, ...strings]));
	return writeSfnt(sfnt.readUInt32BE(0), tables);
}

/** An sfnt from its tables, with the checksums and the head table's adjustment recomputed. */
function writeSfnt(version, tables) {
	const tags = [...tables.keys()].sort();
	const count = tags.length;
	const power = 2 ** Math.floor(Math.log2(count));
	const directory = Buffer.alloc(12 + 16 * count);
	directory.writeUInt32BE(version, 0);
	directory.writeUInt16BE(count, 4);
	directory.writeUInt16BE(power * 16, 6);
	directory.writeUInt16BE(Math.log2(power), 8);
	directory.writeUInt16BE(count * 16 - power * 16, 10);

	const parts = [directory];
	let offset = directory.length;
	let headAt = 0;
	tags.forEach((tag, i) => {
		const data = Buffer.from(tables.get(tag));
		if (tag === 'head') {
			data.writeUInt32BE(0, 8); // checkSumAdjustment is computed over the whole font below
			headAt = offset;
		}
		const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
		const record = 12 + 16 * i;
		directory.write(tag, record, 'latin1');
		directory.writeUInt32BE(checksum(padded), record + 4);
		directory.writeUInt32BE(offset, record + 8);
		directory.writeUInt32BE(data.length, record + 12);
		parts.push(padded);
		offset += padded.length;
	});
	const font = Buffer.concat(parts);
	font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headAt + 8);
	return font;
}

function checksum(bytes) {
	let sum = 0;
	for (let i = 0; i < bytes.length; i += 4) sum = (sum + bytes.readUInt32BE(i)) >>> 0;
	return sum;
}

function utf16be(bytes) {
	return Buffer.from(bytes).swap16().toString('utf16le');
}
