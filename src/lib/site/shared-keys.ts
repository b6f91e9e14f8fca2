/** The keys that more than one item has, e.g. indicator names used twice, whose links then need more words. */
export function sharedKeys<T>(items: readonly T[], key: (item: T) => string): Set<string> {
	const seen = new Set<string>();
	const shared = new Set<string>();
	for (const item of items) {
		const value = key(item);
		if (seen.has(value)) shared.add(value);
		seen.add(value);
	}
	return shared;
}
