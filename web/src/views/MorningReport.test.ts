import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { api } from '../api/http';
import { session } from '../api/session';
import type { Funnel } from '../dashboard/figures';
import type { YesterdayReport } from '../dashboard/yesterday';
import { lang } from '../i18n';
import MorningReport from './MorningReport.vue';

vi.mock('../api/http', () => ({ api: vi.fn(), useTokens: vi.fn(), authorization: () => ({}) }));

function funnel(receptions: number, netSubscriptions: number, netCollected: number): Funnel {
  return {
    steps: ['receptions', 'newLeads', 'temporaryDeposits', 'formalDeposits', 'subscriptions', 'contracts']
      .map((name, i) => ({ name, count: i === 0 ? receptions : 0, conversionPercent: null })),
    cancellations: 0, netSubscriptions, netContracts: 0,
    money: { collected: netCollected, refunded: 0, netCollected, temporaryDeposits: 0, formalDeposits: 0,
      downPayments: 0, subscribed: 0, contracted: 0 },
  };
}

const report: YesterdayReport = {
  developerId: 'dev-huaxin',
  asOf: '2026-12-06T01:00:00Z',
  funnel: funnel(15, 3, 250000),
  dayBefore: funnel(10, 3, 0),
  weekBefore: funnel(20, 1, 250000),
  offices: [
    { officeId: 'office-xihu', zone: 'Asia/Shanghai', day: '2026-12-05', cutOff: '2026-12-05T16:00:00Z',
      funnel: funnel(5, 1, 0), dayBefore: funnel(5, 2, 0), weekBefore: funnel(8, 0, 0) },
    { officeId: 'office-binjiang', zone: 'Asia/Shanghai', day: '2026-12-05', cutOff: '2026-12-05T16:00:00Z',
      funnel: funnel(10, 2, 250000), dayBefore: funnel(5, 1, 0), weekBefore: funnel(12, 1, 250000) },
  ],
};

async function open() {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/dashboard', component: { render: () => null } },
    { path: '/dashboard/yesterday', component: MorningReport },
  ] });
  await router.push('/dashboard/yesterday');
  const wrapper = mount(MorningReport, { global: { plugins: [router] } });
  await flushPromises();
  return wrapper;
}

describe("head office's yesterday report", () => {
  beforeEach(() => {
    lang.value = 'zh';
    session.me = { userId: 'u-ho', username: 'ho', displayName: '总部', developerId: 'dev-huaxin', officeRoles: {},
      roles: ['HEAD_OFFICE'], certified: true };
    vi.mocked(api).mockImplementation(async (_method: string, path: string) => {
      if (path === '/api/dashboards/developers/dev-huaxin/yesterday') return report;
      if (path === '/api/identity/offices/office-binjiang') return { officeId: 'office-binjiang', name: '滨江售楼处 Binjiang' };
      if (path === '/api/identity/offices/office-xihu') return { officeId: 'office-xihu', name: '西湖售楼处 Xihu' };
      throw new Error(`unexpected ${path}`);
    });
  });

  afterEach(() => {
    vi.mocked(api).mockReset();
    session.me = null;
  });

  it("shows the developer's yesterday in Chinese, each figure against the day before and the same weekday a week before", async () => {
    const wrapper = await open();

    expect(wrapper.get('[data-test="cut-off"]').text()).toContain('昨日：2026-12-05');
    expect(wrapper.get('[data-test="cut-off"]').text()).toContain('截至各售楼处当地零点');
    const receptions = wrapper.get('[data-test="total-receptions"]').text();
    expect(receptions).toContain('到访与来电');
    expect(receptions).toContain('15');
    expect(receptions).toContain('较前一日 +5');
    expect(receptions).toContain('较上周同日 −5');
    const collected = wrapper.get('[data-test="total-netCollected"]').text();
    expect(collected).toContain('净回款（元）');
    expect(collected).toContain('250,000.00');
    expect(collected).toContain('较前一日 +250,000.00');
    expect(collected).toContain('较上周同日 —');
  });

  it('lists every office by name, the most net subscriptions first, without a day column when all share one day', async () => {
    const wrapper = await open();

    const rows = wrapper.findAll('[data-test="offices"] tbody tr');
    expect(rows.map((r) => r.find('td').text())).toEqual(['滨江售楼处', '西湖售楼处']);
    expect(wrapper.get('[data-test="office-office-xihu"] [data-test="cell-netSubscriptions"]').text())
      .toContain('1');
    expect(wrapper.get('[data-test="office-office-xihu"] [data-test="cell-netSubscriptions"]').text())
      .toContain('日环比 −1 · 周同比 +1');
    expect(wrapper.find('[data-test="offices"] thead').text()).not.toContain('日期');
    expect(vi.mocked(api)).toHaveBeenCalledWith('GET', '/api/dashboards/developers/dev-huaxin/yesterday');
  });

  it('says what went wrong when the report cannot be read', async () => {
    vi.mocked(api).mockRejectedValue(new Error('boom'));

    const wrapper = await open();

    expect(wrapper.find('[data-test="error"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="totals"]').exists()).toBe(false);
  });
});
