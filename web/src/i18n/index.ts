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
