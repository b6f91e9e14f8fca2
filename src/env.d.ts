declare namespace App {
	/** Set for every page by `src/middleware.ts`. */
	interface Locals {
		/** The page's language. */
		lang: import('./schemas/localized-text.ts').Language;
		/** The page's UI strings (`t('nav.home')`). */
		t: import('./lib/i18n/translate.ts').Translate;
	}
}
