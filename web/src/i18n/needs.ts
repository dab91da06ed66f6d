import { lang } from './index';

// What a deal needs next (GET /api/deals/{id}/next) comes from transaction-service as an English sentence with
// the deal's particulars in it. Its stable keys are the step's action and the rule that asks for it: the app
// says it in Chinese by those keys (the action and rule first, then the action alone), and shows the server's
// sentence in English, or when this build has no text for a new action.
const zh: Record<string, string> = {
  'CONFIRM_PAYMENT': '由录入人以外的另一位本案场员工用自己的账号确认这笔收款，确认后开具收据',
  'SETTLE_CHEQUE': '支票到账或退票；到账后收据才生效',
  'PAY_AGAIN': '支票退票，这笔款项需要重新收取',
  'HOLD_UNIT': '销控为本单锁定房源',
  'ENTER_TEMPORARY_DEPOSIT.DEAL-1': '收临时定金（临定）；是否必收按本案场规定',
  'ENTER_TEMPORARY_DEPOSIT.DEAL-3': '先收临时定金：正式定金收据将收回临定收据',
  'ENTER_TEMPORARY_DEPOSIT': '收临时定金（临定）',
  'ENTER_FORMAL_DEPOSIT': '在锁房到期前收正式定金，并约定首期款日期',
  'DRAFT_SUBSCRIPTION': '拟认购书：付款方式、首期款、客户身份证件',
  'APPROVE_SUBSCRIPTION': '客户签署前，由项目经理审核认购书',
  'SIGN_SUBSCRIPTION': '客户本人签署，或由持公证委托书的代理人签署；留存客户身份证复印件',
  'ENTER_DOWN_PAYMENT': '按约定日期收首期款；首期款收据将收回正式定金收据',
  'RESCHEDULE_DOWN_PAYMENT': '客户需要延期时：重新约定首期款日期并说明理由',
  'CHECK_ELIGIBILITY': '审核购房资格并通过',
  'SIGN_CONTRACT': '签订商品房买卖合同；合同将收回认购书',
  'SET_MORTGAGE_APPOINTMENT': '预约客户到银行办理按揭：银行、地点、时间、所需资料',
  'RECORD_MORTGAGE_PROGRESS': '逐笔记录贷款进度：资料收齐、审批通过、放款',
  'HAND_OVER': '交房',
  'HAND_OVER.DEAL-0': '交房',
  'DECIDE_CHANGE_ORDER': '项目经理审批或驳回变更申请，并填写说明',
  'ENTER_INSTALMENT': '收分期款',
  'CANCEL': '仅在交易需终止时：由项目经理填写理由取消，房源释放、收据作废、登记退款',
};

export interface Needing {
  action: string;
  needs: string;
  rule: string | null;
}

export function needsText(step: Needing): string {
  if (lang.value === 'en') {
    return step.needs;
  }
  return zh[`${step.action}.${step.rule}`] ?? zh[step.action] ?? step.needs;
}
