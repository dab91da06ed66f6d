import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Board } from '../board/rotation';
import { session } from '../api/session';
import { lang } from '../i18n';
import RegisterCustomer from './RegisterCustomer.vue';

// LEAD-2 (首接制, no log, no claim): the registration form names the reception the consultant is serving.

const posted: unknown[] = [];
let serving: Board['serving'] = [];

vi.mock('../api/http', () => ({
  api: vi.fn(async (_method: string, path: string, body?: unknown) => {
    if (path.endsWith('/board')) {
      return { officeId: 'office-1', businessDay: '2026-12-06', queues: [], onDuty: [], serving, away: [], unavailable: [], ringing: null };
    }
    posted.push(body);
    return { leadId: 'lead-1', customerName: '白女士', protectedUntil: '2026-12-13' };
  }),
  authorization: () => ({}),
  useTokens: () => undefined,
}));
vi.mock('vue-router', () => ({ useRouter: () => ({ back: () => undefined }) }));

async function registerWhite() {
  // the nav bar measures its placeholder on a timer of its own, which may fire after the test's window is gone
  const wrapper = mount(RegisterCustomer, { global: { stubs: { VanNavBar: true } } });
  await flushPromises();
  expect(wrapper.find('van-nav-bar-stub').exists()).toBe(true);
  await wrapper.get('[data-test="customerName"] input').setValue('白女士');
  await wrapper.get('[data-test="mobile"] input').setValue('13955550071');
  await wrapper.get('form').trigger('submit');
  await flushPromises();
  return wrapper;
}

describe('registering a customer on the phone (LEAD-2)', () => {
  beforeEach(() => {
    posted.length = 0;
    lang.value = 'zh';
    session.officeId = 'office-1';
    session.office = { officeId: 'office-1', name: '滨江', zone: 'Asia/Shanghai' };
    session.me = { userId: 'user-a', username: 'bj.consultant1', displayName: '李娜', developerId: 'dev-1',
      officeRoles: { 'office-1': ['CONSULTANT'] }, roles: [], certified: true };
  });

  it('LEAD-2: names the call the consultant is answering, and takes its source from it', async () => {
    serving = [{ consultant: 'user-a', assignmentId: '2026-12-06-r3', queue: 'PHONE', since: '2026-12-06T02:00:00Z', turn: 'ROT-9' }];
    const wrapper = await registerWhite();
    expect(wrapper.get('[data-test="reception"]').text()).toContain('来自本次接待：接电，12/06 10:00 起');
    expect(posted).toEqual([expect.objectContaining({ officeId: 'office-1', mobile: '13955550071', source: 'PHONE',
      receptionId: '2026-12-06-r3' })]);
  });

  it('LEAD-2: names no reception when the consultant serves no one (a colleague\'s reception is not theirs)', async () => {
    serving = [{ consultant: 'user-b', assignmentId: '2026-12-06-r4', queue: 'WALK_IN', since: '2026-12-06T02:00:00Z', turn: 'ROT-9' }];
    const wrapper = await registerWhite();
    expect(wrapper.get('[data-test="reception"]').text()).toContain('你当前没有接待中的客户');
    expect(posted).toEqual([expect.objectContaining({ source: 'WALK_IN', receptionId: null })]);
  });
});
