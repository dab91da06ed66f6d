import { describe, expect, it } from 'vitest';
import { lang } from '../i18n';
import { base64Of, columnName, percentChange, readableFile, reasonText, reportRows } from './priceLists';

describe('UNIT-1: a price list\'s dry run, row by row', () => {
  it('puts problems, repriced units and units that keep their price in the order of the file\'s rows', () => {
    const rows = reportRows({
      problems: [{ row: 4, column: 'listPrice', reason: 'is not a number: abc' }],
      changes: [
        { unitId: 'b-1802', unitCode: '3-1802', row: 3, oldPrice: 3000000, newPrice: 3090000, oldPricePerSquareMetre: null, newPricePerSquareMetre: null },
        { unitId: 'b-1801', unitCode: '3-1801', row: 2, oldPrice: 4000000, newPrice: 3960000, oldPricePerSquareMetre: null, newPricePerSquareMetre: null },
      ],
      notRepriced: [{ unitId: 'b-1803', unitCode: '3-1803', row: 5, price: 2900000, listedPrice: 3000000,
        reason: 'not repriced: HELD for deal deal-9' }],
    });
    expect(rows.map((r) => [r.row, r.kind, r.unitCode])).toEqual([
      [2, 'change', '3-1801'], [3, 'change', '3-1802'], [4, 'problem', ''], [5, 'kept', '3-1803']]);
    expect(percentChange(3000000, 3090000)).toBe('+3.0%');
    expect(percentChange(4000000, 3960000)).toBe('-1.0%');
    expect(percentChange(null, 1)).toBe('');
  });

  it('says inventory-service\'s reasons and column names in Chinese, its own words under the English switch', () => {
    lang.value = 'zh';
    expect(columnName('listPrice')).toBe('总价');
    expect(reasonText('not repriced: HELD for deal deal-9')).toBe('已锁定（交易 deal-9），保持原价');
    expect(reasonText('the building has no unit 5 on floor 18')).toBe('本楼栋没有 18 层 5 号');
    expect(reasonText('is absurd: 40000000.00 for unit 3-1801 listed at 3765432.00 (more than 10 times or less than a tenth of it)'))
      .toBe('价格异常：3-1801 现价 3765432.00，新价 40000000.00（超过 10 倍或不足十分之一）');
    expect(reasonText('duplicates unit 2 on floor 18')).toBe('与 18 层 2 号重复');
    expect(reasonText('column missing (header listPrice or 总价)')).toBe('缺少列（表头 listPrice 或 总价）');
    lang.value = 'en';
    expect(columnName('listPrice')).toBe('listPrice');
    expect(reasonText('the building has no unit 5 on floor 18')).toBe('the building has no unit 5 on floor 18');
    lang.value = 'zh';
  });

  it('carries the chosen file as base64 and takes only what inventory-service reads', () => {
    const csv = new TextEncoder().encode('楼层,房号,总价\n18,1,3960000\n');
    expect(new TextDecoder().decode(Uint8Array.from(atob(base64Of(csv)), (c) => c.charCodeAt(0)))).toBe('楼层,房号,总价\n18,1,3960000\n');
    expect(readableFile('价目表.XLSX')).toBe(true);
    expect(readableFile('prices.csv')).toBe(true);
    expect(readableFile('prices.xls')).toBe(false);
  });
});
