// The boot script's entry (a build input of its own, vite.config.ts): see prefetch.ts.
import { prefetch } from './prefetch';

window.anchangEarly = prefetch(window);
