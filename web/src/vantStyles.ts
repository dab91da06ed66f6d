// The styles of the Vant components the app uses, each with what it rests on (vant/es/<component>/style), instead of
// the whole library's stylesheet: the phone's first screen waits for every byte of CSS (issue 15's budget). A
// component imported from 'vant' anywhere in src/ must have its line here (vantStyles.test.ts says which is missing).
import 'vant/es/button/style/index';
import 'vant/es/cell/style/index';
import 'vant/es/cell-group/style/index';
import 'vant/es/field/style/index';
import 'vant/es/form/style/index';
import 'vant/es/nav-bar/style/index';
import 'vant/es/popup/style/index';
import 'vant/es/radio/style/index';
import 'vant/es/radio-group/style/index';
import 'vant/es/search/style/index';
import 'vant/es/switch/style/index';
import 'vant/es/tab/style/index';
import 'vant/es/tabs/style/index';
import 'vant/es/tag/style/index';
