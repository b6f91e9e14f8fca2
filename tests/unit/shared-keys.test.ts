import { describe, expect, it } from 'vitest';
import { sharedKeys } from '~/lib/site/shared-keys.ts';

describe('names shared by several items (whose links then need more words)', () => {
	it('lists each name used more than once, and no other', () => {
		expect(sharedKeys(['調査回数', '参加者数', '調査回数', '調査回数'], (name) => name)).toEqual(new Set(['調査回数']));
		expect(sharedKeys(['a', 'b'], (name) => name).size).toBe(0);
	});
});
