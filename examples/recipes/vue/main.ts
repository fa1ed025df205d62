/**
 * Vue 3 recipe (docs/recipes/vue.md): Vue must leave profiad's tags to the
 * browser. With the full build of Vue (templates compiled in the page), say so
 * here; with Vite and @vitejs/plugin-vue, say it in vite.config.ts instead
 * (docs/recipes/vue.md shows both).
 */
import {createApp} from 'vue';
import EventsPage from './EventsPage.vue';

const app = createApp(EventsPage);
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('profiad-');
app.mount('#app');
