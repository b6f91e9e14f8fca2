import type { Organization } from '../../schemas/organization.ts';

/** The data set's licence: the one in organization.yaml, else CC BY 4.0 crediting the city. */
export function dataLicense(organization: Organization) {
	return (
		organization.license ?? {
			id: 'CC-BY-4.0',
			url: 'https://creativecommons.org/licenses/by/4.0/',
			name: { ja: 'クリエイティブ・コモンズ 表示 4.0 国際', en: 'Creative Commons Attribution 4.0 International' },
			attribution: { ja: `出典：${organization.city.ja}「各課の年度目標」`, en: `Source: ${organization.city.en}, annual goals of city sections` },
		}
	);
}
