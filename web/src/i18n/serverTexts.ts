import { lang, named } from '.';
import { type Problem } from '../api/problem';

// The services word some things in English with the particulars in them (a collision's evidence, a refusal, a
// deal's timeline). The app says them in Chinese from what is stable in them: the rule id a refusal names, the
// evidence's kind and the known shapes of each kind's sentence. A sentence of a shape this build does not know is
// shown as the service wrote it; under the English switch every text is the service's own.

type Shape = [RegExp, (m: RegExpExecArray) => string];

/** The first shape that matches the whole text, in Chinese; null when none does. */
function byShape(text: string, shapes: Shape[]): string | null {
  for (const [re, say] of shapes) {
    const m = re.exec(text);
    if (m) return say(m);
  }
  return null;
}

function chinese(text: string | null | undefined, shapes: Shape[]): string {
  if (!text) return '';
  if (lang.value !== 'zh') return text;
  return byShape(text, shapes) ?? text;
}

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
  ]);
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
  };
  return chinese(detail, shapes[step] ?? []);
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

/** Bean-validation answers the services give for a field, in Chinese. */
const FIELD_SHAPES: Shape[] = [
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
