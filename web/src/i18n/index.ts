import { ref } from 'vue';
import { type Lang, type MessageKey, messages } from './messages';

// The Chinese texts are part of the app's first script; the English ones are fetched when a person switches to them.
const texts: { [L in Lang]?: Record<MessageKey, string> } = { zh: messages.zh };

const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('anchang.lang');
export const lang = ref<Lang>('zh');

/** Fetches a language's texts once. */
export async function loadLang(next: Lang): Promise<void> {
  if (next === 'en') texts.en ??= (await import('./en')).en;
}

export async function setLang(next: Lang): Promise<void> {
  await loadLang(next);
  lang.value = next;
  localStorage.setItem('anchang.lang', next);
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
}

/** The language this browser chose before, its texts loaded (main.ts shows the first screen after it). */
export function storedLang(): Promise<void> {
  return stored === 'en' ? setLang('en') : Promise.resolve();
}

function table(): Record<MessageKey, string> {
  return texts[lang.value] ?? messages.zh;
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text: string = table()[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/**
 * A server's enum value in words (a deal's status, a step), or the value itself when this build has no text
 * for it yet (a newer service may name one this build does not know).
 */
export function named(prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return key in table() ? t(key as MessageKey) : value;
}

/** Every time a person reads is in the office's time zone, not the browser's or UTC. */
export function officeTime(instant: string, zone: string): string {
  return new Intl.DateTimeFormat(lang.value === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: zone,
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(instant));
}
