import { createRouter, createWebHashHistory, type RouteLocationNormalized } from 'vue-router';
import { session, resume, mayResume } from './api/session';
import SignIn from './views/SignIn.vue';

// Hash history: every screen is /app/#/…, so the gateway serves one index.html and no fallback route.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/sign-in', component: SignIn },
    { path: '/', component: () => import('./views/ConsultantHome.vue') },
    { path: '/customers/new', component: () => import('./views/RegisterCustomer.vue') },
    { path: '/customers', component: () => import('./views/MyCustomers.vue') },
    { path: '/customers/:leadId', component: () => import('./views/CustomerPage.vue') },
    { path: '/board', component: () => import('./views/SalesBoard.vue') },
    { path: '/deals', component: () => import('./views/MyDeals.vue') },
    { path: '/deals/:dealId', component: () => import('./views/DealPage.vue') },
    { path: '/reminders', component: () => import('./views/MyReminders.vue') },
    { path: '/reminders/buyers', component: () => import('./views/BuyerInbox.vue') },
    { path: '/commission', component: () => import('./views/MyCommission.vue') },
    // the desk screens (PM, finance, sales control) and the dashboard, at desk width
    { path: '/desk/pm', component: () => import('./views/PmDesk.vue'), meta: { desk: true } },
    { path: '/desk/sales-control', component: () => import('./views/SalesControlDesk.vue'), meta: { desk: true } },
    { path: '/desk/admin', component: () => import('./views/AdminDesk.vue'), meta: { desk: true } },
    { path: '/desk/pm/audit', component: () => import('./views/PmAudit.vue'), meta: { desk: true } },
    { path: '/desk/pm/rotation', component: () => import('./views/PmRotation.vue'), meta: { desk: true } },
    { path: '/desk/finance', component: () => import('./views/FinanceDesk.vue'), meta: { desk: true } },
    { path: '/dashboard', component: () => import('./views/HeadOfficeDashboard.vue'), meta: { desk: true } },
    { path: '/dashboard/yesterday', component: () => import('./views/MorningReport.vue'), meta: { desk: true } },
  ],
});

let resumed = false;

router.beforeEach(async (to) => {
  if (to.path === '/sign-in') {
    return true;
  }
  if (!session.accessToken && !resumed) {
    resumed = true;
    if (mayResume()) {
      // the screen's script comes while the session resumes, not after it
      fetchScreen(to);
      try {
        await resume();
      } catch {
        // no session to resume: sign in
      }
    }
  }
  // the start page is each role's own (desk/home.ts): only a deeper page is returned to after signing in
  return session.accessToken ? true : { path: '/sign-in', query: to.fullPath === '/' ? {} : { then: to.fullPath } };
});

/** Starts loading a lazily imported screen (vue-router treats a route component without a displayName that is a function as its loader). */
function fetchScreen(to: RouteLocationNormalized): void {
  for (const record of to.matched) {
    const load = record.components?.default;
    if (typeof load === 'function' && !('displayName' in load)) {
      (load as () => Promise<unknown>)().catch(() => { /* the router loads it again and says what failed */ });
    }
  }
}
