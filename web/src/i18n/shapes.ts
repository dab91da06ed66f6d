import { lang } from '.';

// A service's English sentence in Chinese by its known shape (serverTexts.ts has the many; the fields' messages are
// here, apart, because every form's answer needs them and the first screen should carry no more than that).

export type Shape = [RegExp, (m: RegExpExecArray) => string];

/** The first shape that matches the whole text, in Chinese; null when none does. */
export function byShape(text: string, shapes: Shape[]): string | null {
  for (const [re, say] of shapes) {
    const m = re.exec(text);
    if (m) return say(m);
  }
  return null;
}

export function chinese(text: string | null | undefined, shapes: Shape[]): string {
  if (!text) return '';
  if (lang.value !== 'zh') return text;
  return byShape(text, shapes) ?? text;
}

/** Bean-validation answers the services give for a field, in Chinese. */
export const FIELD_SHAPES: Shape[] = [
  [/^must not be blank$/, () => '不能为空'],
  [/^must not be null$/, () => '必填'],
  [/^is required$/, () => '必填'],
  [/^size must be between (\d+) and (\d+)$/, (m) => `长度须在 ${m[1]} 到 ${m[2]} 之间`],
  [/^must be greater than 0$/, () => '须大于 0'],
  [/^must be an 11-digit mainland mobile number$/, () => '须为 11 位大陆手机号'],
];

/** A field's message from a 400, in Chinese where its shape is known. */
export function fieldMessage(message: string): string {
  return chinese(message, FIELD_SHAPES);
}

