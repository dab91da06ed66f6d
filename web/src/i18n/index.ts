import { ref } from 'vue';
import { type Lang, type MessageKey, messages } from './messages';

const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('anchang.lang');
export const lang = ref<Lang>(stored === 'en' ? 'en' : 'zh');

export function setLang(next: Lang): void {
  lang.value = next;
  localStorage.setItem('anchang.lang', next);
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text: string = messages[lang.value][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/**
 * A server's enum value in words (a deal's status, a step), or the value itself when this build has no text
 * for it yet (a newer service may name one this build does not know).
 */
export function named(prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return key in messages[lang.value] ? t(key as MessageKey) : value;
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
