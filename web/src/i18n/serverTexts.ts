import { lang, named } from '.';
import { type Problem } from '../api/problem';
import { FIELD_SHAPES, type Shape, byShape, chinese } from './shapes';

export { fieldMessage } from './shapes';

// The services word some things in English with the particulars in them (a collision's evidence, a refusal, a
// deal's timeline). The app says them in Chinese from what is stable in them: the rule id a refusal names, the
// evidence's kind and the known shapes of each kind's sentence. A sentence of a shape this build does not know is
// shown as the service wrote it; under the English switch every text is the service's own.

const RELATIONS: Record<string, string> = {
  SPOUSE: '配偶', PARENT: '父母', CHILD: '子女', COLLEAGUE_SAME_UNIT: '同单位上下级', SIBLING: '兄弟姐妹',
  OTHER_RELATIVE: '其他亲属',
};

const followUp: Shape = [/^(PHONE|WECHAT|VISIT), (effective|not effective)(?:, corrects (\S+?))?(?:, protected until (\d{4}-\d{2}-\d{2}))?$/,
  (m) => `${named('channel', m[1])}，${m[2] === 'effective' ? '有效跟进' : '无效跟进'}`
    + (m[3] ? `，更正 ${m[3]}` : '') + (m[4] ? `，保护期延至 ${m[4]}` : '')];

/** LEAD-5: a piece of a collision's evidence (lead-service's Collision.Evidence), by its kind. */
export function evidenceDetail(kind: string, detail: string | null): string {
  const shapes: Record<string, Shape[]> = {
    REGISTERED: [[/^registered, source (\w+)$/, (m) => `登记，来源：${named('source', m[1])}`]],
    FOLLOW_UP: [followUp],
    PROTECTION_WINDOW: [[/^protected from (\S+) until (\S+?)( \(released\))?$/,
      (m) => `保护期 ${m[1]} 至 ${m[2]}${m[3] ? '（已释放）' : ''}`]],
    SECOND_REGISTRATION: [
      [/^registered the same mobile$/, () => '登记了同一手机号'],
      [/^registered the mobile of the (\w+) linked to the lead as the same customer \(LEAD-6\)$/,
        (m) => `登记了与该客户关联为同一客户的${RELATIONS[m[1]] ?? m[1]}的手机号（LEAD-6）`],
    ],
  };
  return chinese(detail, shapes[kind] ?? []);
}

/** LEAD-5: why the rule named its follower (Collision.Decision's reason), with the people by name. */
export function decisionReason(reason: string, who: (id: string) => string): string {
  return chinese(reason, [
    [/^LEAD-5: the earlier registration by (\S+) \((\S+)\) was protected until (\S+) when (\S+) registered the customer on (\S+)$/,
      (m) => `LEAD-5：${who(m[1])} 于 ${m[2]} 的登记在保护期内（至 ${m[3]}），${who(m[4])} 于 ${m[5]} 再登记，由先登记者跟进`],
    [/^LEAD-5: the earlier registration by (\S+) was no longer protected \(until (\S+)\) when (\S+) registered the customer on (\S+)$/,
      (m) => `LEAD-5：${who(m[1])} 的登记已过保护期（至 ${m[2]}），${who(m[3])} 于 ${m[4]} 登记，由后登记者跟进`],
  ]);
}

/** DEAL-7: what an entry of the escalation list is about (transaction-service's Escalation detail), its times in the office's zone. */
export function escalationDetail(detail: string, zone?: string): string {
  if (zone) return escalationDetail(inZone(detail, zone));
  return chinese(detail, [
    [/^the down payment(?: (\S+))? was due on (\S+) and is not paid \((\d+) days? overdue\)$/,
      (m) => `首期款${m[1] ? ` ${m[1]} 元` : ''}应于 ${m[2]} 付清，尚未付（逾期 ${m[3]} 天）`],
    [/^the instalment (\S+) was due on (\S+) and is not paid in full \((\d+) days? overdue\)$/,
      (m) => `分期款 ${m[1]} 元应于 ${m[2]} 付清，尚未付足（逾期 ${m[3]} 天）`],
    [/^the hold on unit (\S+) (lapses|lapsed) at (.+) and no formal deposit is in$/,
      (m) => `房号 ${m[1]} 的锁定${m[2] === 'lapses' ? '将于' : '已于'} ${m[3]} ${m[2] === 'lapses' ? '到期' : '到期'}，尚未收到正式定金`],
    [/^cheque (\S+) \((\S+) (\S+)\) bounced(?:: (.*?))?; receipt (\S+) voided, the money is due again$/,
      (m) => `支票 ${m[1]}（${m[2]} ${m[3]} 元）退票${m[4] ? `：${m[4]}` : ''}；收据 ${m[5]} 已作废，该款项需重新收取`],
    // NOTE-5: notification-service's reports, as transaction-service words them
    [/^the (down payment|mortgage|instalment) reminder(?: \(due (\S+)\))? reached the buyer \((\S+)\) on no channel(?:: (.+))?$/,
      (m) => `${REMINDER_KINDS[m[1]]}提醒${m[2] ? `（${m[2]} 到期）` : ''}未能送达买方（${m[3]}）：各渠道均失败${m[4] ? `（${m[4]}）` : ''}`],
    [/^the (down payment|mortgage|instalment) reminder(?: \(due (\S+)\))? went out by (\w+) \((.+?)\) to (\S+) at (.+?); no delivery receipt came back$/,
      (m) => `${REMINDER_KINDS[m[1]]}提醒${m[2] ? `（${m[2]} 到期）` : ''}已于 ${m[6]} 经${SENT_BY[m[3]] ?? m[3]}（${m[4]}）发至 ${m[5]}，未收到送达回执`],
  ]);
}

const REMINDER_KINDS: Record<string, string> = { 'down payment': '首期款', mortgage: '按揭面签', instalment: '分期款' };
const SENT_BY: Record<string, string> = { SMS: '短信', WECHAT: '微信' };
const LOANS: Record<string, string> = { commercial: '商业贷款', 'housing fund': '公积金贷款' };
const MORTGAGE_STEPS: Record<string, string> = { 'documents received': '资料已收齐', approved: '已审批', 'funds disbursed': '已放款' };

/** A change order as transaction-service describes it (ChangeOrder.described), in Chinese. */
function changeOrder(text: string): string {
  return byShape(text, [
    [/^unit swap to (\S+)(?: at (\S+))?$/, (m) => `换房至 ${m[1]}${m[2] ? `，价格 ${m[2]} 元` : ''}`],
    [/^buyer change: (?:co-buyer (.+?) added)?(?:, )?(?:co-buyer (.+?) removed)?$/,
      (m) => `更名：${[m[1] ? `增加共有人 ${m[1]}` : '', m[2] ? `删除共有人 ${m[2]}` : ''].filter(Boolean).join('，')}`],
    [/^price change to (\S+)$/, (m) => `调价至 ${m[1]} 元`],
    [/^forfeit \(挞定\): the deposits kept$/, () => '挞定：定金不退'],
  ]) ?? text;
}

/** A mortgage appointment as transaction-service describes it: bank, place, time (in the office's zone by then), documents. */
function appointment(text: string): string {
  return byShape(text, [[/^(.+?), (.+), (\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?(?: UTC)?)(?:; bring (.+))?$/,
    (m) => `${m[1]}，${m[2]}，${m[3]}${m[4] ? `；携带：${m[4]}` : ''}`]]) ?? text;
}

/** Why a receipt was closed (Receipt.closedBecause). */
function closedBecause(text: string): string {
  return byShape(text, [
    [/^deal cancelled: (.+)$/, (m) => `交易取消：${m[1]}`],
    [/^reclaimed by receipt (\S+) \((.+)\)$/, (m) => `由收据 ${m[1]}（${m[2]}）收回`],
  ]) ?? text;
}

/** A time a service wrote in UTC ("2026-12-08 09:13:01 UTC") as the office's wall clock ("2026-12-08 17:13"). */
export function inZone(text: string, zone: string): string {
  return text.replace(/(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(?::\d{2})?(?: UTC|Z)/g, (whole, day: string, time: string) => {
    const at = new Date(`${day}T${time}:00Z`);
    if (Number.isNaN(at.getTime())) return whole;
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit',
      day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(at).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour === '24' ? '00' : parts.hour}:${parts.minute}`;
  });
}

/** A deal's timeline entry in words (transaction-service's TimelineEntry detail), by its step, its times in the office's zone. */
export function timelineDetail(step: string, detail: string | null, zone?: string): string {
  if (detail && zone) return timelineDetail(step, inZone(detail, zone));
  const shapes: Record<string, Shape[]> = {
    DEAL_OPENED: [[/^unit (\S+) confirmed available(?:, list price (\S+))?$/,
      (m) => `销控确认房号 ${m[1]} 可售${m[2] ? `，表价 ${m[2]} 元` : ''}`]],
    UNIT_HELD: [[/^sales control holds unit (\S+) until (.+)$/, (m) => `销控锁定房号 ${m[1]} 至 ${m[2]}`]],
    DISCOUNT_APPROVED: [[/^special discount approved: price (\S+)(?: \(list price (\S+)\))?$/,
      (m) => `特殊折扣获批：成交价 ${m[1]} 元${m[2] ? `（表价 ${m[2]} 元）` : ''}`]],
    PAYMENT_ENTERED: [[/^(\S+) (\S+) by (\S+?)(?:, paid by (.+) for the buyer \(DEAL-6\))?, waiting for a second staff member$/,
      (m) => `${m[1]} ${m[2]} 元，${m[3]}${m[4] ? `，由 ${m[4]} 代付（DEAL-6）` : ''}，等待第二人确认`]],
    TEMPORARY_DEPOSIT_RECEIVED: [[/^temporary deposit (\S+)(?:; sales control is to hold unit (\S+))?$/,
      (m) => `临时定金 ${m[1]} 元${m[2] ? `；销控将锁定房号 ${m[2]}` : ''}`]],
    FORMAL_DEPOSIT_RECEIVED: [[/^formal deposit (\S+)$/, (m) => `正式定金 ${m[1]} 元`]],
    DOWN_PAYMENT_DUE_DATE_SET: [[/^down payment due on (\S+)$/, (m) => `首期款应于 ${m[1]} 付清`]],
    DOWN_PAYMENT_RECEIVED: [[/^down payment (\S+)$/, (m) => `首期款 ${m[1]} 元`]],
    INSTALMENT_RECEIVED: [[/^instalment (\S+)(.*)$/, (m) => `分期款 ${m[1]} 元${m[2]}`]],
    RECEIPT_ISSUED: [[/^receipt (\S+): (\S+) (\S+) \((.+?)\), (\S+?)(?:, (.+?))?; received by (\S+), confirmed by (\S+)$/,
      (m) => `收据 ${m[1]}：${m[2]} ${m[3]} 元（${m[4]}），${m[5]}${m[6] ? `，${m[6]}` : ''}；收款人 ${m[7]}，确认人 ${m[8]}`]],
    SUBSCRIPTION_APPROVED: [[/^subscription reviewed and approved$/, () => '认购书已审核通过']],
    SUBSCRIPTION_SIGNED: [
      [/^signed by the buyer in person$/, () => '买方本人签署'],
      [/^signed by (.+) for the buyer, power of attorney notarised under (\S+)$/,
        (m) => `${m[1]} 代买方签署，委托书公证号 ${m[2]}`],
    ],
    CONTRACT_SIGNED: [[/^sales contract (\S+)$/, (m) => `买卖合同 ${m[1]}`]],
    SUBSCRIPTION_RECLAIMED: [[/^subscription reclaimed by the sales contract \(DEAL-3\)$/, () => '签买卖合同，收回认购书（DEAL-3）']],
    MORTGAGE_COMPLETED: [[/^every loan disbursed$/, () => '贷款已全部放款']],
    HANDED_OVER: [[/^unit (\S+) handed over$/, (m) => `房号 ${m[1]} 已交房`]],
    ESCALATION_RAISED: [[/^on the PM's escalation list: (.+)$/, (m) => `已上报项目经理：${escalationDetail(m[1])}`]],
    ESCALATION_RESOLVED: [[/^escalation (\S+) resolved: (.+)$/, (m) => `上报事项已处理：${m[2]}`]],
    SUBSCRIPTION_DRAFTED: [[/^price (\S+), deposit (\S+), down payment (\S+), (cash|commercial loan|housing fund loan|combined loan)(?: of (\S+))?(?:, the balance (\S+) in (\d+) instalments)?; waiting for the PM's (.+)$/,
      (m) => `成交价 ${m[1]} 元，定金 ${m[2]} 元，首期款 ${m[3]} 元，${FINANCING[m[4]] ?? m[4]}${m[5] ? ` ${m[5]} 元` : ''}`
        + `${m[6] ? `，余款 ${m[6]} 元分 ${m[7]} 期` : ''}；等待项目经理审核`]],
    DOWN_PAYMENT_RESCHEDULED: [[/^down payment due (\S+) → (\S+): (.+)$/, (m) => `首期款付款日 ${m[1]} 改为 ${m[2]}：${m[3]}`]],
    ELIGIBILITY_CHECKED: [[/^(passed|failed): (.+)$/, (m) => `购房资格审核${m[1] === 'passed' ? '通过' : '未通过'}：${m[2]}`]],
    MORTGAGE_APPOINTMENT_SET: [[/^(.+)$/, (m) => `按揭面签：${appointment(m[1])}`]],
    MORTGAGE_APPOINTMENT_RESCHEDULED: [[/^moved from (\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?(?: UTC)?) to (.+)$/,
      (m) => `按揭面签由 ${m[1]} 改至：${appointment(m[2])}`]],
    MORTGAGE_PROGRESS: [[/^(commercial|housing fund) loan: (documents received|approved|funds disbursed) on (\S+)$/,
      (m) => `${LOANS[m[1]]}：${m[3]} ${MORTGAGE_STEPS[m[2]]}`]],
    CHEQUE_CLEARED: [[/^cheque (\S+) cleared: receipt (\S+) is valid$/, (m) => `支票 ${m[1]} 已兑现：收据 ${m[2]} 生效`]],
    CHEQUE_BOUNCED: [[/^cheque (\S+) bounced: (\S+) (\S+) is due again(?: \((.+)\))?$/,
      (m) => `支票 ${m[1]} 退票：${m[2]} ${m[3]} 元需重新收取${m[4] ? `（${m[4]}）` : ''}`]],
    RECEIPT_VOIDED: [[/^receipt (\S+) voided: (.+)$/, (m) => `收据 ${m[1]} 作废：${closedBecause(m[2])}`]],
    RECEIPT_RECLAIMED: [[/^receipt (\S+) (.+)$/, (m) => `收据 ${m[1]} ${closedBecause(m[2])}`]],
    PAYMENT_DISCARDED: [[/^payment (\S+) never confirmed: dropped$/, (m) => `款项 ${m[1]} 未经确认，已撤销`]],
    REFUND_RECORDED: [
      [/^cheque (\S+) \((\S+)\) handed back uncleared$/, (m) => `支票 ${m[1]}（${m[2]} 元）未兑现，已退还`],
      [/^(\S+) (\S+) forfeited: the buyer walked away \(挞定, 定金罚则\)$/, (m) => `${m[1]} ${m[2]} 元不退：买方挞定（定金罚则）`],
      [/^(\S+) (\S+) forfeited \(office policy\)$/, (m) => `${m[1]} ${m[2]} 元不退（本案场规定）`],
      [/^(\S+) (\S+) refunded by (\S+)$/, (m) => `${m[1]} ${m[2]} 元以${m[3]}退还`],
    ],
    CHANGE_REQUESTED: [[/^change order requested: (.+?): (.+)$/, (m) => `申请变更：${changeOrder(m[1])}：${m[2]}`]],
    CHANGE_APPROVED: [
      [/^unit (\S+) → (\S+), price (\S+) → (\S+); the receipts stay valid and count towards the new unit: (.+)$/,
        (m) => `换房获批：${m[1]} → ${m[2]}，价格 ${m[3]} → ${m[4]} 元；已开收据继续有效，计入新房号：${m[5]}`],
      [/^price (\S+) → (\S+) \(UNIT-4, approved by the PM\): (.+)$/,
        (m) => `调价获批：${m[1]} → ${m[2]} 元（UNIT-4，项目经理批准）：${m[3]}`],
      [/^(buyer change: .+?); LEAD-9 checked \((.+?)\): (.+?); (.+)$/,
        (m) => `${changeOrder(m[1])}获批；已按 LEAD-9 核查（${m[2]}）：${m[3]}；${m[4]}`],
      [/^(forfeit \(挞定\): the deposits kept): (.+)$/, (m) => `${changeOrder(m[1])}获批：${m[2]}`],
    ],
    CHANGE_REJECTED: [[/^(.+) rejected: (.+)$/, (m) => `变更被驳回：${changeOrder(m[1])}：${m[2]}`]],
    CHANGE_UNDONE: [[/^(.+) undone: (.+)$/, (m) => `变更已撤销：${changeOrder(m[1])}：${m[2]}`]],
    DEAL_CANCELLED: [[/^(forfeited \(挞定\)|cancelled|withdrawn) when (.+?): (.+?)(?:; unit (\S+) released)?$/,
      (m) => `${{ cancelled: '交易取消', withdrawn: '撤回开单', 'forfeited (挞定)': '挞定' }[m[1]]}`
        + `（${DEAL_STEPS[m[2]] ?? m[2]}时）：${m[3]}${m[4] ? `；房号 ${m[4]} 已释放` : ''}`]],
  };
  return chinese(detail, shapes[step] ?? []);
}

const FINANCING: Record<string, string> = {
  cash: '一次性付款', 'commercial loan': '商业贷款', 'housing fund loan': '公积金贷款', 'combined loan': '组合贷款',
};
const DEAL_STEPS: Record<string, string> = Object.fromEntries(['OPENED', 'TEMPORARY_DEPOSIT_RECEIVED', 'UNIT_HELD',
  'DEPOSIT_RECEIVED', 'SUBSCRIPTION_DRAFTED', 'SUBSCRIPTION_APPROVED', 'SUBSCRIPTION_SIGNED', 'DOWN_PAYMENT_RECEIVED',
  'ELIGIBILITY_CHECKED', 'CONTRACT_SIGNED', 'MORTGAGE_APPOINTED', 'MORTGAGE_COMPLETED']
  .map((status) => [status.toLowerCase().replaceAll('_', ' '), named('dealStatus', status)]));

/** An audit entry's detail (identity-service's and lead-service's audit logs), its times in the office's zone if given. */
export function auditDetail(detail: string | null, zone?: string): string {
  if (detail && zone) return auditDetail(inZone(detail, zone));
  const role = (r: string) => named('role', r);
  return chinese(detail, [
    [/^signed in$/, () => '登录成功'],
    [/^wrong password, (\d+) consecutive failures?(?:\(s\))?$/, (m) => `密码错误，连续 ${m[1]} 次`],
    [/^wrong password, (\d+) consecutive failures: locked until (.+)$/, (m) => `密码错误，连续 ${m[1]} 次：锁定至 ${m[2]}`],
    [/^account locked until (.+)$/, (m) => `账号锁定至 ${m[1]}`],
    [/^user has left$/, () => '该用户已离职'],
    [/^developer (.+)$/, (m) => `开发商 ${m[1]}`],
    [/^office (.+) \(([\w/+-]+)\)$/, (m) => `售楼处 ${m[1]}（时区 ${m[2]}）`],
    [/^(CONSULTANT|SALES_CONTROL|FINANCE|PM|HEAD_OFFICE|PLATFORM_ADMIN)(?: in office (\S+))? for user (\S+)$/,
      (m) => `${role(m[1])}${m[2] ? `（售楼处 ${m[2]}）` : ''}，用户 ${m[3]}`],
    [/^user (\S+) certified$/, (m) => `用户 ${m[1]} 通过上岗考核`],
    [/^user (\S+) no longer certified$/, (m) => `用户 ${m[1]} 取消上岗资格`],
    [/^user (\S+) left$/, (m) => `用户 ${m[1]} 离职`],
    [/^user (\S+)( \(platform staff\))?$/, (m) => `用户 ${m[1]}${m[2] ? '（平台人员）' : ''}`],
    [/^password of (\S+) reset$/, (m) => `重置 ${m[1]} 的密码`],
    [/^(\d+) session\(s\) of (\S+) ended$/, (m) => `结束 ${m[2]} 的 ${m[1]} 个登录会话`],
    [/^changed own password$/, () => '修改本人密码'],
    [/^current password not accepted \((.+)\)$/, (m) => `当前密码不正确（${m[1]}）`],
    [/^mobile (\S+), SMS reminders (on|off)$/,
      (m) => `手机 ${m[1] === 'none' ? '未填写' : m[1]}，短信提醒${m[2] === 'on' ? '开启' : '关闭'}`],
    [/^LEAD-8: (\S+) -> (\S+); reason: (.+)$/, (m) => `LEAD-8：客户由 ${m[1]} 改派给 ${m[2]}；理由：${m[3]}`],
    [/^LEAD-5 collision (\S+): (\S+) -> (\S+) against the rule's decision; reason: (.+)$/,
      (m) => `LEAD-5 撞单 ${m[1]}：不按规则判定，客户由 ${m[2]} 改给 ${m[3]}；理由：${m[4]}`],
  ]);
}

const SKIP_SHAPES: Shape[] = [
  [/^declined: (.*)$/s, (m) => `本轮放弃：${m[1]}`],
  [/^unavailable: (.*)$/s, (m) => `暂离：${m[1]}`],
  [/^away from the post: moved to the end of the round$/, () => '离岗，移到本轮末尾'],
  [/^away from the post$/, () => '离岗'],
  [/^serving (\S+)$/, (m) => `正在接待（${m[1]}）`],
  [/^did not answer call (\S+) within the answer window \(by (\S+)\)$/, () => '未在应答时限内接听来电'],
  [/^was no longer free for call (\S+)$/, () => '来电时已不空闲'],
];

/** ROT-3..10: why a consultant was passed over in a round (lead-service's Skip reason); a typed reason stays as typed. */
export function skipReason(reason: string): string {
  return chinese(reason, SKIP_SHAPES);
}

/** What each rule a refusal may name asks for, in Chinese (the rulebook's rules, by id). */
const RULES: Record<string, string> = {
  'ROT-1': '只有已上岗（通过考核）并已签到的顾问才能进入轮序',
  'ROT-3': '轮到的顾问接待；正在接待的顾问不再分配新客户',
  'ROT-4': '本轮已没有可放弃的轮次（已接待或已放弃）',
  'ROT-5': '暂离的顾问空闲后可插回本轮',
  'ROT-6': '正在接待或已离岗的顾问不能再标记离岗',
  'ROT-7': '客户已有顾问，转交该顾问，接待人保留轮次',
  'ROT-8': '代接待或非购房访客不占轮次',
  'ROT-10': '来电在应答时限内只由被分配的顾问接听，超时后任何在岗顾问可接',
  'LEAD-1': '登记客户须经客户同意，手机号为客户的识别',
  'LEAD-2': '首接制：先接待（有记录）者拥有客户，无记录不认领',
  'LEAD-3': '保护期已结束或未按时跟进',
  'LEAD-4': '跟进记录只可追加，不能修改或删除',
  'LEAD-5': '该客户已由同事登记，撞单由项目经理裁定',
  'LEAD-6': '配偶、父母等视为同一客户',
  'LEAD-8': '只有项目经理可以重新分配客户，须填写理由',
  'LEAD-9': '抢单、改名、炒房号属于违规',
  'LEAD-10': '客户资料保密：只能查看自己客户的完整联系方式',
  'UNIT-1': '房源状态不允许此操作',
  'UNIT-2': '该房源已被占用：先交定金者先得',
  'UNIT-3': '锁定已到期，房源已释放',
  'UNIT-4': '特殊折扣须项目经理审批，顾问不能自行给予',
  'UNIT-6': '价目表仅限本售楼处使用',
  'OPEN-1': '开盘须由项目经理设定，开盘时间前不能锁房',
  'OPEN-2': '每位买方在一次开盘中可锁定的房源数量已达上限',
  'DEAL-1': '收款须由财务或项目经理经手并由另一人确认；录入人不能自己确认',
  'DEAL-2': '收据有编号，不能修改，只能收回或作废',
  'DEAL-3': '收据须按步骤收回',
  'DEAL-4': '认购书须先经项目经理审核，再由买方签署',
  'DEAL-5': '签合同前须审核购房资格',
  'DEAL-6': '代付须有书面声明',
  'DEAL-7': '该上报事项已处理',
  'DEAL-8': '此交易状态下不能取消',
  'DEAL-9': '变更单的状态不允许此操作',
  'COMM-3': '业绩申诉已超过期限',
  'IDN-1': '用户名已被占用',
  'IDN-2': '岗位只能授予本开发商的售楼处',
  'IDN-4': '密码不符合要求（至少 10 个字符，不能与用户名相同）',
  'IDN-6': '该用户已离职',
  'IDN-7': '你没有此操作的权限',
};

/**
 * A problem detail in words: a refused rule in Chinese by its id (the service's sentence, with its particulars,
 * under the English switch); other problems as the service worded them.
 */
export function refusalText(problem: Problem, serviceWords: string): string {
  const rule = problem.rule;
  // a refusal may name more than one rule ("LEAD-4, LEAD-10"): each known one is said
  const known = (rule ?? '').split(/,\s*/).filter((id) => RULES[id]);
  if (lang.value === 'zh' && rule && known.length) {
    return `${known.map((id) => RULES[id]).join('；')}（${rule}）`;
  }
  if (lang.value === 'zh' && problem.field) {
    const said = serviceWords.startsWith(problem.field + ' ') ? serviceWords.slice(problem.field.length + 1) : serviceWords;
    const zh = byShape(said, FIELD_SHAPES);
    if (zh) return `${problem.field}：${zh}`;
  }
  return rule ? `${serviceWords} (${rule})` : serviceWords;
}
