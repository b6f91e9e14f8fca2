import { existsSync } from 'node:fs';
import path from 'node:path';
import { contrastRatio, textContrast } from '../colours/contrast.ts';
import type { SiteConfig } from '../../schemas/site-config.ts';
import type { DataProblem } from './data-problem.ts';
import type { YamlFile } from './yaml-file.ts';

/**
 * Checks of the site configuration beyond its schema: readers have a way to reach the city, the primary colour is
 * readable (white text on it, and it as text or chart marks on white), and the logo file exists in the data directory.
 */
export function checkSiteConfig(config: SiteConfig, yaml: YamlFile, dataDir: string): DataProblem[] {
	const problems: DataProblem[] = [];
	const report = (field: string, en: string, ja: string) => problems.push({ file: yaml.file, ...yaml.locate([field]), severity: 'error', message: { ja, en } });
	const { contact } = config;
	if (!contact.url && !contact.email && !contact.phone) {
		report(
			'contact',
			'Give the contact at least one of url, email or phone: a way to reach the city that needs no account on a code host.',
			'contact には url・email・phone のいずれか1つ以上を書いてください（コード管理サービスのアカウントがなくても連絡できる方法）。',
		);
	}
	const ratio = contrastRatio(config.primaryColor, '#ffffff');
	if (ratio < textContrast) {
		const measured = ratio.toFixed(2);
		report(
			'primaryColor',
			`primaryColor ${config.primaryColor} has a contrast of ${measured}:1 with white; white text on it, links and chart marks on white need at least ${textContrast}:1 (WCAG 1.4.3). Choose a darker colour.`,
			`primaryColor ${config.primaryColor} と白のコントラスト比は ${measured}:1 です。白い文字・リンク・グラフには ${textContrast}:1 以上が必要です（WCAG 1.4.3）。もっと濃い色にしてください。`,
		);
	}
	if (config.logo && !existsSync(path.join(dataDir, config.logo))) {
		report(
			'logo',
			`The logo file "${config.logo}" is not in the data directory (${dataDir}). Put the file there or remove "logo".`,
			`ロゴのファイル「${config.logo}」がデータのフォルダ（${dataDir}）にありません。ファイルを置くか、logo の行を削除してください。`,
		);
	}
	return problems;
}
