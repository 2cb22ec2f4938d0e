import config from '../../astro.config';

const cacheDir = process.env['ASTRO_CACHE_DIR'];
if (!cacheDir) throw new Error('astro-corpus.config.ts: ASTRO_CACHE_DIR must name the cache folder');

/**
 * The site's Astro config for a build of another content folder (CONTENT_DIR, the scale bench):
 * the same settings with a cache of its own. In the project's cache the synthetic corpus would stay
 * behind after the build, and `astro dev` and `astro check` would read it instead of content/.
 */
export default { ...config, cacheDir };
