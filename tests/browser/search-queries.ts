/**
 * Real queries journalists type, drawn from the text of the FY2025 snapshot (tests/fixtures/machida-fy2025-snapshot), with the indicator (anchor) or section a
 * result must lead to. Japanese queries cover single words, katakana, compounds and their parts, and mixed
 * scripts; English queries use the unofficial translation.
 */
export interface SearchCase {
	query: string;
	/** A result URL must contain this (a section path or an indicator anchor). */
	expect: string;
}

export const japaneseQueries: SearchCase[] = [
	{ query: '監査', expect: '#information-security-indicator-1' },
	{ query: '研修', expect: '#information-security-indicator-2' },
	{ query: '記念品', expect: '#administrative-review-indicator-1' },
	{ query: 'アンケート', expect: 'public-hearing/#random-sample-survey-indicator-1' },
	{ query: 'シティプロモーション', expect: '#city-promotion-indicator-2' },
	{ query: '標準準拠システム', expect: '#system-standardization-indicator-1' },
	{ query: '標準準拠', expect: '#system-standardization-indicator-1' },
	{ query: '生成AI', expect: '/policy-management/public-hearing/' },
	{ query: 'Webアンケート', expect: '#web-survey-indicator-1' },
	{ query: 'IT-BCP', expect: '/policy-management/digital-strategy/' },
	{ query: '業務継続訓練', expect: '#information-security-indicator-3' },
	{ query: '時間外勤務', expect: '#work-efficiency-indicator-1' },
	{ query: 'スマートフォン講座', expect: '#audience-tailored-communication-indicator-2' },
	{ query: 'スマートフォン', expect: '#audience-tailored-communication-indicator-2' },
	{ query: 'デジタル化推進委員会', expect: '#digitalization-policy-indicator-1' },
	{ query: 'オンライン', expect: '#digital-transformation-indicator-1' },
	{ query: 'デジラボ', expect: '#digital-transformation-indicator-3' },
	{ query: '複合機', expect: '#server-room-closure-indicator-1' },
	{ query: 'サーバ室', expect: '#server-room-closure-indicator-2' },
	{ query: '学校跡地', expect: '#former-school-site-indicator-1' },
	{ query: '基本設計', expect: '#child-support-complex-indicator-2' },
	{ query: '公共施設再編', expect: '#facilities-plan-revision-indicator-1' },
	{ query: '記事化件数', expect: '#audience-tailored-communication-indicator-1-2' },
	{ query: 'WEBリリース', expect: '#city-wide-pr-skills-indicator-2' },
	{ query: '改善提案数', expect: '#call-record-analysis-indicator-1' },
	{ query: '工程表', expect: '#goal-oriented-indicator-1' },
];

export const englishQueries: SearchCase[] = [
	{ query: 'audit', expect: '#information-security-indicator-1' },
	{ query: 'survey', expect: '#random-sample-survey-indicator-1' },
	{ query: 'overtime', expect: '#work-efficiency-indicator-1' },
	{ query: 'smartphone', expect: '#audience-tailored-communication-indicator-2' },
	{ query: 'training', expect: '#teamwork-indicator-1' },
	{ query: 'commemorative gifts', expect: '#administrative-review-indicator-1' },
	{ query: 'standard-compliant', expect: '#system-standardization-indicator-1' },
	{ query: 'generative AI', expect: '/policy-management/public-hearing/' },
	{ query: 'online procedures', expect: '#digital-transformation-indicator-1' },
	{ query: 'Digi-Lab', expect: '#digital-transformation-indicator-3' },
	{ query: 'multifunction printers', expect: '#server-room-closure-indicator-1' },
	{ query: 'server room', expect: '#server-room-closure-indicator-2' },
	{ query: 'page views', expect: '#city-promotion-indicator-3' },
	{ query: 'press releases', expect: '#city-wide-pr-skills-indicator-2' },
	{ query: 'business continuity', expect: '#information-security-indicator-3' },
	{ query: 'school site', expect: '#former-school-site-indicator-1' },
	{ query: 'basic design', expect: '#child-support-complex-indicator-2' },
	{ query: 'improvement proposals', expect: '#call-record-analysis-indicator-1' },
	{ query: 'news articles', expect: '#audience-tailored-communication-indicator-1-2' },
	{ query: 'Digitalization Promotion Committee', expect: '#digitalization-policy-indicator-1' },
];
