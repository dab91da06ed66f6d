import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Board } from '../board/rotation';
import { ApiError } from '../api/problem';
import { session } from '../api/session';
import { lang } from '../i18n';
import PmRotation from './PmRotation.vue';

// The PM's rotation screen over a board and a lead-service answering as its API does: the rows, the reason asked
// for before anything is sent, the call each action makes, a refusal in Chinese.

const calls: { method: string; path: string; body?: unknown }[] = [];
let refuse: ApiError | null = null;

const board: Board = {
  officeId: 'office-1',
  businessDay: '2026-12-06',
  queues: [{ queue: 'WALK_IN', round: 1, next: 'user-a', order: [
    { consultant: 'user-a', place: 1, status: 'AVAILABLE' },
    { consultant: 'user-b', place: 2, status: 'SERVING' },
  ] }],
  onDuty: [
    { consultant: 'user-a', position: 1, checkedInAt: '2026-12-06T01:00:00Z' },
    { consultant: 'user-b', position: 2, checkedInAt: '2026-12-06T01:05:00Z' },
  ],
  serving: [{ consultant: 'user-b', assignmentId: '2026-12-06-r1', queue: 'WALK_IN', since: '2026-12-06T02:00:00Z', turn: 'ROT-9' }],
  away: [],
  unavailable: [],
  ringing: null,
};

vi.mock('../api/http', () => ({
  api: vi.fn(async (method: string, path: string, body?: unknown) => {
    calls.push({ method, path, body });
    if (method === 'POST' && refuse) throw refuse;
    if (path.endsWith('/staff')) return [{ userId: 'user-a', displayName: '李娜' }, { userId: 'user-b', displayName: '王强' }];
    if (path.endsWith('/board')) return board;
    if (path.startsWith('/api/leads/violations')) return [];
    if (path.includes('/fairness')) return { officeId: 'office-1', businessDay: '2026-12-06', walkInRounds: 1, phoneRounds: 1, consultants: [] };
    if (path.startsWith('/api/leads/compliance')) return { officeId: 'office-1', minFollowUpsPhone: 2, minFollowUpsVisit: 3, consultants: [] };
    return {};
  }),
  authorization: () => ({}),
  useTokens: () => undefined,
}));
vi.mock('../api/eventStream', () => ({ follow: () => () => undefined }));

async function screen() {
  const wrapper = mount(PmRotation, { global: { stubs: { RouterLink: true, DeskBar: true } } });
  await flushPromises();
  return wrapper;
}

describe('the PM\'s rotation screen', () => {
  beforeEach(() => {
    calls.length = 0;
    refuse = null;
    lang.value = 'zh';
    session.officeId = 'office-1';
    session.office = { officeId: 'office-1', name: '滨江', zone: 'Asia/Shanghai' };
  });

  it('ROT-2/3: shows each consultant on duty by name, in check-in order, with who is next and who serves', async () => {
    const wrapper = await screen();
    expect(wrapper.get('[data-test="queue-WALK_IN"]').text()).toContain('下一位：李娜');
    const rows = wrapper.findAll('[data-test^="duty-"]');
    expect(rows.map((r) => r.attributes('data-test'))).toEqual(['duty-user-a', 'duty-user-b']);
    expect(rows[1].get('[data-test="state"]').text()).toContain('接待中');
    expect(rows[1].find('[data-test="act-away"]').exists()).toBe(false);
  });

  it('asks the PM for a reason before acting for a consultant, and sends nothing without one', async () => {
    const wrapper = await screen();
    await wrapper.get('[data-test="duty-user-a"] [data-test="act-away"]').trigger('click');
    expect(wrapper.get('[data-test="duty-user-a"] [data-test="refused"]').text()).toContain('请填写理由');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('ROT-6: sends the consultant away with the PM\'s reason, and says it is done', async () => {
    const wrapper = await screen();
    await wrapper.get('[data-test="duty-user-a"] [data-test="reason"]').setValue('不在岗位');
    await wrapper.get('[data-test="duty-user-a"] [data-test="act-away"]').trigger('click');
    await flushPromises();
    expect(calls).toContainEqual({ method: 'POST', path: '/api/leads/rotation/office-1/away',
      body: { consultant: 'user-a', reason: '不在岗位' } });
    expect(wrapper.get('[data-test="duty-user-a"] [data-test="done"]').text()).toBe('已为 李娜 办理：离岗');
  });

  it('ROT-7: a hand-over refused by lead-service is said in Chinese by the rule it names', async () => {
    refuse = new ApiError({ status: 409, rule: 'ROT-3', detail: 'owner user-a is serving another visitor (2026-12-06-r2)' });
    const wrapper = await screen();
    await wrapper.get('[data-test="duty-user-b"] [data-test="owner"]').setValue('user-a');
    await wrapper.get('[data-test="duty-user-b"] [data-test="reason"]').setValue('老客户');
    await wrapper.get('[data-test="duty-user-b"] [data-test="act-hand-over"]').trigger('click');
    await flushPromises();
    expect(calls).toContainEqual({ method: 'POST', path: '/api/leads/rotation/office-1/hand-over',
      body: { consultant: 'user-b', reason: '老客户', ownerConsultantId: 'user-a' } });
    expect(wrapper.get('[data-test="duty-user-b"] [data-test="refused"]').text())
      .toBe('轮到的顾问接待；正在接待的顾问不再分配新客户（ROT-3）');
  });

  it('LEAD-9: reads the violations and the fairness of the day picked', async () => {
    const wrapper = await screen();
    await wrapper.get('[data-test="tab-violations"]').trigger('click');
    await wrapper.get('[data-test="report-day"]').setValue('2026-12-05');
    await flushPromises();
    expect(calls.map((c) => c.path)).toContain('/api/leads/violations?officeId=office-1&date=2026-12-05');
    expect(calls.map((c) => c.path)).toContain('/api/leads/rotation/office-1/fairness?date=2026-12-05');
    expect(wrapper.get('[data-test="violations"]').text()).toContain('当天没有违规记录');
  });
});
