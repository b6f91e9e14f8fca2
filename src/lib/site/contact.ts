/** A telephone number as a `tel:` link: digits and a leading `+` only. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/gu, '')}`;

/** A telephone number as shown: its hyphens non-breaking (U+2011), so that the number never wraps across lines. */
export const phoneText = (phone: string) => phone.replaceAll('-', '\u2011');
