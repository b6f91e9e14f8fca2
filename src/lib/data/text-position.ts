/** The 1-based line and column (in UTF-16 code units, as the `yaml` library counts) of offsets in a text. */
export function textPositions(text: string): (offset: number) => { line: number; column: number } {
	const lineStarts = [0];
	for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
	return (offset) => {
		let low = 0;
		let high = lineStarts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (lineStarts[middle] <= offset) low = middle;
			else high = middle - 1;
		}
		return { line: low + 1, column: offset - lineStarts[low] + 1 };
	};
}
