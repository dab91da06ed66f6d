import { describe, expect, it } from 'vitest';
import { messages } from './messages';
import { en } from './en';
import { lang, named, officeTime, setLang, t } from './index';

describe('texts in Chinese first, with English', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(messages.zh).sort());
  });

  it('loads English only when switched to, and then says everything in it', async () => {
    await setLang('zh');
    expect(t('signIn.submit')).toBe('登录');
    await setLang('en');
    expect(t('signIn.submit')).toBe(en['signIn.submit']);
    expect(document.documentElement.lang).toBe('en');
    await setLang('zh');
  });

  it('fills parameters', () => {
    lang.value = 'zh';
    expect(t('home.ahead', { count: 2 })).toBe('前面还有 2 位');
    lang.value = 'en';
    expect(t('home.ahead', { count: 2 })).toBe('2 ahead of you');
    lang.value = 'zh';
  });

  it('shows an instant in the office time zone, not UTC', () => {
    lang.value = 'en';
    // 01:30 UTC is 09:30 in Shanghai
    expect(officeTime('2026-12-05T01:30:00Z', 'Asia/Shanghai')).toContain('09:30');
    lang.value = 'zh';
  });
});

describe('a server value this build has no words for', () => {
  it('is shown as the value itself, a known one in words', () => {
    lang.value = 'zh';
    expect(named('dealStatus', 'CONTRACT_SIGNED')).toBe('已签合同');
    expect(named('dealStatus', 'SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });
});
