import { createApp } from 'vue';
import './vantStyles';
import './app.css';
import App from './App.vue';
import { router } from './router';
import { storedLang } from './i18n';

// in English only after its texts are here, when this browser chose English before
storedLang().finally(() => createApp(App).use(router).mount('#app'));
