/**
 * Where the test builds live. BANGYANG_TEST_DIST and BANGYANG_TEST_DIST_SUB move them, so two
 * test runs on one checkout do not overwrite each other's build.
 */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The demo site built at the domain root: the same as `npm run build`. */
export const DIST = process.env.BANGYANG_TEST_DIST ?? `${ROOT}dist`;
/** The demo site built with BASE_PATH=/sub/. */
export const DIST_SUB = process.env.BANGYANG_TEST_DIST_SUB ?? `${ROOT}.cache/dist-sub`;
