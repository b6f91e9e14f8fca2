/**
 * The closed list of plan types (計画類型). Labels live in the translation files
 * (`planType.<id>`); the official Japanese names are the `ja` labels.
 */
export const planTypeIds = [
	'individual-plan', // 個別計画
	'management-reform-plan', // 経営改革プラン
	'priority-project-plan', // 重点事業プラン
	'administrative-work-review', // 事務事業見直し
	'human-resource-development', // 人材育成
	'city-wide-initiative', // 全庁で取り組む施策
] as const;

export type PlanTypeId = (typeof planTypeIds)[number];
