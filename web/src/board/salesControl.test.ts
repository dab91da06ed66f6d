import { describe, expect, it } from 'vitest';
import { type BuildingBoard, type UnitStatus, changedUnits, inTenThousands, percent } from './salesControl';

function board(statuses: UnitStatus[]): BuildingBoard {
  return {
    buildingId: 'b', officeId: 'o', name: '3', floors: 1, unitsPerFloor: statuses.length,
    counts: { AVAILABLE: 0, WITHHELD: 0, HELD: 0, RESERVED: 0, CONTRACTED: 0 },
    sellThrough: 0,
    grid: [{ floor: 1, units: statuses.map((status, i) => ({
      unitId: `b-10${i + 1}`, code: `10${i + 1}`, floor: 1, number: i + 1, layout: '3室2厅2卫', grossArea: 118.5,
      listPrice: 3215000, status, holdExpiresAt: null })) }],
  };
}

describe('the sales-control board (UNIT-5)', () => {
  it('shows prices in 万 and sell-through in percent', () => {
    expect(inTenThousands(3215000)).toBe('321.5万');
    expect(inTenThousands(12000000)).toBe('1,200万');
    expect(percent(0.1234)).toBe('12.3%');
  });

  it('UNIT-2: names the units a live update changed, none on the first board', () => {
    const before = board(['AVAILABLE', 'AVAILABLE']);
    expect(changedUnits(null, before)).toEqual([]);
    expect(changedUnits(before, board(['AVAILABLE', 'HELD']))).toEqual(['b-102']);
  });
});
