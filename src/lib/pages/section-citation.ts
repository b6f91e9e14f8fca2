import type { Language } from '../../schemas/localized-text.ts';
import { useTranslations } from '../i18n/translate.ts';
import { siteWords } from '../i18n/site-words.ts';
import type { SiteConfig } from '../../schemas/site-config.ts';
import { fiscalYearLabel } from '../site/fiscal-year.ts';
import { permanentUrl } from '../site/repository.ts';
import type { PlanWithFile } from '../site/site-data.ts';

/** What a section page's citation names. */
export interface CitationSource {
	/** The site's configuration: the city and the document name come from it. */
	site: SiteConfig;
	/** The department as named on the page, e.g. `政策経営部`. */
	department: string;
	/** The section as named on the page, e.g. `秘書課`. */
	section: string;
	plan: Pick<PlanWithFile, 'fiscalYear' | 'repositoryFile' | 'updated' | 'commit'>;
	/** The page's full public URL. */
	pageUrl: string;
}

/** How many characters of the commit hash the text shows (the permanent link carries the whole hash). */
const shownCommitLength = 12;

/**
 * The citation of a section's plan as one copyable sentence: city, document, section, fiscal year, the
 * data's date and commit, the permanent URL of that version of the data file (when a repository is
 * configured), the page URL, and a blank for the day it was accessed (閲覧日).
 */
export function sectionCitation(source: CitationSource, lang: Language, env: Record<string, string | undefined> = process.env): string {
	const t = useTranslations(lang, siteWords(source.site, lang));
	const { plan } = source;
	const dataUrl = permanentUrl(plan.repositoryFile, plan.commit, env);
	return t('citation.text', {
		section: `${source.department}${lang === 'ja' ? ' ' : ', '}${source.section}`,
		year: fiscalYearLabel(plan.fiscalYear, lang),
		updated: plan.updated,
		commit: plan.commit ? t('citation.commit', { commit: plan.commit.slice(0, shownCommitLength) }) : '',
		data: dataUrl ? t('citation.data', { url: dataUrl }) : '',
		url: source.pageUrl,
	});
}
