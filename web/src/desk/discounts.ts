// The PM's discount approvals (UNIT-4): every held unit of the office's buildings whose discount waits for a
// decision, read from the sales-control boards (GET /api/inventory/buildings/{id}), oldest request first.

export interface DiscountView {
  amount: number;
  requestReason: string;
  requestedBy: string;
  requestedAt: string;
  decision: 'PENDING' | 'APPROVED' | 'REJECTED';
}

export interface BoardUnit {
  unitId: string;
  code: string;
  listPrice: number;
  heldForDeal: string | null;
  discount: DiscountView | null;
}

export interface Board {
  buildingId: string;
  name: string;
  grid: { floor: number; units: BoardUnit[] }[];
}

export interface DiscountRow {
  unitId: string;
  code: string;
  building: string;
  dealId: string | null;
  listPrice: number;
  discount: DiscountView;
  /** The price if approved, in yuan with fen. */
  priceAfter: number;
  /** The discount as a share of the list price, one decimal. */
  percent: number;
}

export function waitingDiscounts(boards: Board[]): DiscountRow[] {
  return boards
    .flatMap((board) => board.grid.flatMap((floor) => floor.units
      .filter((unit) => unit.discount?.decision === 'PENDING')
      .map((unit) => {
        const discount = unit.discount as DiscountView;
        return {
          unitId: unit.unitId,
          code: unit.code,
          building: board.name,
          dealId: unit.heldForDeal,
          listPrice: unit.listPrice,
          discount,
          priceAfter: Math.round((unit.listPrice - discount.amount) * 100) / 100,
          percent: unit.listPrice > 0 ? Math.round((discount.amount / unit.listPrice) * 1000) / 10 : 0,
        };
      })))
    .sort((a, b) => a.discount.requestedAt.localeCompare(b.discount.requestedAt));
}
