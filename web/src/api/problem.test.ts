import { describe, expect, it } from 'vitest';
import { lang } from '../i18n';
import { ApiError, untilOf } from './problem';

describe('problem details shown field by field', () => {
  it('maps each invalid field to its message in Chinese, the first one kept; the service\'s words under the English switch', () => {
    lang.value = 'zh';
    const error = new ApiError({
      status: 400,
      detail: 'mobile must not be blank; customerName size must be between 0 and 50',
      field: 'mobile',
      errors: [
        { field: 'mobile', message: 'must not be blank' },
        { field: 'customerName', message: 'size must be between 0 and 50' },
      ],
    });
    expect(error.fieldErrors()).toEqual({ mobile: '不能为空', customerName: '长度须在 0 到 50 之间' });
    lang.value = 'en';
    expect(error.fieldErrors()).toEqual({ mobile: 'must not be blank', customerName: 'size must be between 0 and 50' });
    lang.value = 'zh';
  });

  it('reads a single named field from the detail, and nothing for a refused rule', () => {
    expect(new ApiError({ status: 400, field: 'source', detail: 'source must not be null' }).fieldErrors())
      .toEqual({ source: '必填' });
    const refused = new ApiError({ status: 409, rule: 'LEAD-5', detail: 'protected by another consultant' });
    expect(refused.fieldErrors()).toEqual({});
    expect(refused.message).toBe('protected by another consultant');
  });
});

describe('a refused rule in words', () => {
  it('LEAD-5: reads the protection date out of the refusal', () => {
    expect(untilOf({ status: 409, rule: 'LEAD-5', detail: 'customer protected by a colleague until 2026-12-13; collision c-1 is open for the PM' }))
      .toBe('2026-12-13');
    expect(untilOf({ status: 409, rule: 'LEAD-5' })).toBeNull();
  });
});
