/** Where the test builds live. */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The demo site built at the domain root: the same as `npm run build`. */
export const DIST = `${ROOT}dist`;
/** The demo site built with BASE_PATH=/sub/. */
export const DIST_SUB = `${ROOT}.cache/dist-sub`;
