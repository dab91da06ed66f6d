// The sales-control board of a building as inventory-service answers it (GET
// /api/inventory/buildings/{id}, UNIT-5): floors top first, each unit with its status and price.

export type UnitStatus = 'AVAILABLE' | 'WITHHELD' | 'HELD' | 'RESERVED' | 'CONTRACTED';

export interface BoardUnit {
  unitId: string;
  code: string;
  floor: number;
  number: number;
  layout: string;
  grossArea: number;
  listPrice: number;
  status: UnitStatus;
  holdExpiresAt: string | null;
}

export interface BuildingBoard {
  buildingId: string;
  officeId: string;
  name: string;
  floors: number;
  unitsPerFloor: number;
  counts: Record<UnitStatus, number>;
  sellThrough: number;
  grid: { floor: number; units: BoardUnit[] }[];
}

export interface BuildingSummary {
  buildingId: string;
  name: string;
  projectId: string;
}

export const STATUSES: UnitStatus[] = ['AVAILABLE', 'HELD', 'RESERVED', 'CONTRACTED', 'WITHHELD'];

/** A price in 万 (ten thousands of yuan) as a board shows it: 3,215,000.00 → "321.5万". */
export function inTenThousands(amount: number): string {
  const wan = Math.round(amount / 1000) / 10;
  return `${wan.toLocaleString('zh-CN', { maximumFractionDigits: 1 })}万`;
}

/** Sell-through (去化率) 0.1234 → "12.3%". */
export function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

/** The units whose status differs between two boards of one building: what a live update changed. */
export function changedUnits(before: BuildingBoard | null, after: BuildingBoard): string[] {
  if (!before) return [];
  const was = new Map(before.grid.flatMap((f) => f.units).map((u) => [u.unitId, u.status]));
  return after.grid.flatMap((f) => f.units).filter((u) => was.get(u.unitId) !== u.status).map((u) => u.unitId);
}
