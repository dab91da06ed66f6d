import { createApp } from 'vue';
import './vantStyles';
import './app.css';
import App from './App.vue';
import { router } from './router';

createApp(App).use(router).mount('#app');
