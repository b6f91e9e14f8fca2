import { z } from 'astro/zod';
import { bilingual } from './bilingual-message.ts';

/**
 * A web address readers may follow: `https:` or `http:` only. Any other scheme (`javascript:`, `data:`,
 * `file:`…) would run or open something when a reader clicks the link, so it is refused.
 */
export const webUrlSchema = z.url({
	protocol: /^https?$/u,
	error: bilingual(
		'Write a web address starting with https:// (or http://); other kinds of link are not allowed.',
		'https://（または http://）で始まるウェブアドレスを書いてください。それ以外の種類のリンクは使えません。',
	),
});
