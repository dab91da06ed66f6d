import { lang } from '../i18n';

// The PM's price lists (UNIT-1, UNIT-6): a file (.xlsx or .csv) read by inventory-service, checked first (the dry
// run: nothing is stored), then applied all or nothing. For an existing building each apply is a numbered version
// of its prices; a new building is catalogued from its first list. The dry run's report is shown row by row, in
// the order of the file's rows.

export interface Problem { row: number; column: string; reason: string }

export interface PriceChange {
  unitId: string; unitCode: string; row: number; oldPrice: number; newPrice: number;
  oldPricePerSquareMetre: number | null; newPricePerSquareMetre: number | null;
}

export interface NotRepriced { unitId: string; unitCode: string; row: number; price: number; listedPrice: number; reason: string }

/** The dry run of a re-import for an existing building. */
export interface RepricingReport {
  valid: boolean; changed: number; unchanged: number; problems: Problem[]; changes: PriceChange[];
  notRepriced: NotRepriced[];
}

/** The dry run of a new building's first list. */
export interface CatalogueReport { valid: boolean; units: number; problems: Problem[] }

export interface VersionSummary {
  version: number; state: string; fileName: string; appliedBy: string; startedAt: string; appliedAt: string | null;
  changed: number; notRepriced: number;
}

export interface Version extends Omit<VersionSummary, 'notRepriced'> {
  buildingId: string; changes: PriceChange[]; notRepriced: NotRepriced[];
}

/** One line of the report as the PM reads it: the file's row, the unit, and what would happen to it. */
export interface ReportRow {
  key: string;
  row: number;
  kind: 'problem' | 'change' | 'kept';
  unitCode: string;
  column: string;
  before: number | null;
  after: number | null;
  reason: string;
}

export function reportRows(report: { problems: Problem[]; changes?: PriceChange[]; notRepriced?: NotRepriced[] }): ReportRow[] {
  const rows: ReportRow[] = [
    ...report.problems.map((p, i) => ({ key: `p${i}`, row: p.row, kind: 'problem' as const, unitCode: '',
      column: p.column, before: null, after: null, reason: p.reason })),
    ...(report.changes ?? []).map((c) => ({ key: `c${c.unitId}`, row: c.row, kind: 'change' as const,
      unitCode: c.unitCode, column: 'listPrice', before: c.oldPrice, after: c.newPrice, reason: '' })),
    ...(report.notRepriced ?? []).map((n) => ({ key: `k${n.unitId}`, row: n.row, kind: 'kept' as const,
      unitCode: n.unitCode, column: 'listPrice', before: n.price, after: n.listedPrice, reason: n.reason })),
  ];
  const order = { problem: 0, change: 1, kept: 2 };
  return rows.sort((a, b) => a.row - b.row || order[a.kind] - order[b.kind]);
}

/** The price change of a row in per cent of the old price, one decimal: +3.5 */
export function percentChange(before: number | null, after: number | null): string {
  if (before == null || after == null || before === 0) return '';
  const pct = ((after - before) / before) * 100;
  return `${pct > 0 ? '+' : ''}${pct.toFixed(1)}%`;
}

/** A file's bytes as the base64 text the upload carries. */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** Only what inventory-service reads: its name's ending says how. */
export function readableFile(name: string): boolean {
  return /\.(csv|xlsx)$/i.test(name);
}

const COLUMNS: Record<string, string> = {
  floor: '楼层', number: '房号', layout: '户型', grossArea: '建筑面积', netArea: '套内面积', orientation: '朝向',
  listPrice: '总价',
};

/** A column of the file as the PM's sheet names it. */
export function columnName(column: string): string {
  if (!column) return '';
  return lang.value === 'zh' ? (COLUMNS[column] ?? column) : column;
}

const STATUSES: Record<string, string> = { HELD: '已锁定', RESERVED: '已认购', CONTRACTED: '已签约', WITHHELD: '已控房' };

/** Why a row is a problem, or why a unit keeps its price, in Chinese from the shapes inventory-service words them in. */
export function reasonText(reason: string): string {
  if (lang.value !== 'zh') return reason;
  const shapes: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^missing$/, () => '缺少数值'],
    [/^column missing \(header (\S+) or (\S+)\)$/, (m) => `缺少列（表头 ${m[1]} 或 ${m[2]}）`],
    [/^the sheet is empty: a header row and one row per unit$/, () => '表格为空：需要一行表头和每户一行'],
    [/^no unit rows under the header$/, () => '表头下没有房源行'],
    [/^longer than (\d+) characters$/, (m) => `超过 ${m[1]} 个字符`],
    [/^must be a whole number from (-?\d+) to (-?\d+)$/, (m) => `须为 ${m[1]} 到 ${m[2]} 之间的整数`],
    [/^must be more than 0$/, () => '须大于 0'],
    [/^must be at most (\S+) with at most 2 decimals$/, (m) => `须不超过 ${m[1]}，最多两位小数`],
    [/^is not a number: (.*)$/, (m) => `不是数字：${m[1]}`],
    [/^is larger than the gross area$/, () => '大于建筑面积'],
    [/^duplicates unit (\d+) on floor (-?\d+)$/, (m) => `与 ${m[2]} 层 ${m[1]} 号重复`],
    [/^the building has no unit (\d+) on floor (-?\d+)$/, (m) => `本楼栋没有 ${m[2]} 层 ${m[1]} 号`],
    [/^is absurd: (\S+) for unit (\S+) listed at (\S+) \(more than 10 times or less than a tenth of it\)$/,
      (m) => `价格异常：${m[2]} 现价 ${m[3]}，新价 ${m[1]}（超过 10 倍或不足十分之一）`],
    [/^not repriced: (\S+) for deal (\S+)$/, (m) => `${STATUSES[m[1].toUpperCase()] ?? m[1]}（交易 ${m[2]}），保持原价`],
  ];
  for (const [re, say] of shapes) {
    const m = re.exec(reason);
    if (m) return say(m);
  }
  return reason;
}
