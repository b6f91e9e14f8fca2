/**
 * Starts the form editor: registers the plan file format (which keeps everything a save does not change)
 * and initializes Decap CMS with the configuration the page was built with. The page loads Decap's own
 * bundle first, with `CMS_MANUAL_INIT` set, so that nothing runs before the format is registered.
 */
import { createPlanFileFormat, planFormatName, type PlanFileFormat } from '~/lib/cms/plan-file-format.ts';
import { unpackCmsConfig, type CmsConfig, type PackedCmsConfig } from '~/lib/cms/cms-config.ts';

/** The part of Decap's global `CMS` this script uses. */
interface DecapCms {
	registerCustomFormat(name: string, extension: string, format: PlanFileFormat): void;
	init(options: { config: CmsConfig }): void;
}

const cms = (window as unknown as { CMS: DecapCms }).CMS;
const packed = JSON.parse(document.getElementById('cms-config')!.textContent!) as PackedCmsConfig;
// Every plan file has the same fields; the format orders new keys by them.
cms.registerCustomFormat(planFormatName, 'yaml', createPlanFileFormat(packed.fields));
cms.init({ config: unpackCmsConfig(packed) });
