import type { PlanType, PlanTypes } from '../../schemas/plan-types.ts';

/** The plan types an initiative names, in its order, with their labels (validation guarantees every id is defined). */
export function planTypesOf(ids: readonly string[], planTypes: PlanTypes): PlanType[] {
	return ids.flatMap((id) => planTypes.planTypes.filter((planType) => planType.id === id));
}
