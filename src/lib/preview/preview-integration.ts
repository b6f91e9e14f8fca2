import type { AstroIntegration } from 'astro';
import { currentPreviewScope } from './preview-scope.ts';

/** Says at the start of a build whether it is a pull-request preview, of which plans, or why it builds everything. */
export function previewIntegration(): AstroIntegration {
	return {
		name: 'preview',
		hooks: {
			'astro:build:start': ({ logger }) => {
				const scope = currentPreviewScope();
				if (scope?.mode === 'full') {
					logger.warn(
						`Preview of the changes since ${scope.since}: building the whole site, because ${scope.reason.en}. / ${scope.since} 以降の変更のプレビューですが、サイト全体を作成します。理由: ${scope.reason.ja}。`,
					);
				} else if (scope) {
					logger.info(
						`Preview of the changes since ${scope.since}: ${scope.plans.length} changed plan(s); only their pages are built. / ${scope.since} 以降に変更された計画${scope.plans.length}件のページだけを作成します。`,
					);
				}
			},
		},
	};
}
