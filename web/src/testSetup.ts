// Tests switch languages by setting `lang` directly: the English texts, which the app fetches when switched to, are
// loaded before any test runs.
import { loadLang } from './i18n';

await loadLang('en');
