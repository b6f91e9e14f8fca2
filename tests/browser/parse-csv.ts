/** A strict RFC 4180 reader for the tests: returns the rows of a CSV text (quoted fields, CRLF). */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let index = 0; index < text.length; index += 1) {
		const character = text[index];
		if (quoted) {
			if (character === '"' && text[index + 1] === '"') {
				field += '"';
				index += 1;
			} else if (character === '"') quoted = false;
			else field += character;
		} else if (character === '"' && field === '') quoted = true;
		else if (character === ',') {
			row.push(field);
			field = '';
		} else if (character === '\r' && text[index + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			index += 1;
		} else if (character === '\n' || character === '"') throw new Error(`Malformed CSV at character ${index}`);
		else field += character;
	}
	if (field !== '' || row.length) throw new Error('CSV does not end with CRLF');
	return rows;
}
