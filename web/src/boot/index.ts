// The boot script's entry: a build input of its own, written into the page by the build (vite.config.ts); see prefetch.ts.
import { prefetch } from './prefetch';

window.anchangEarly = prefetch(window);
