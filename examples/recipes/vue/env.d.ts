/** `import X from './X.vue'` for tsc-based tools; vue-tsc reads .vue files itself. */
declare module '*.vue' {
  import type {DefineComponent} from 'vue';
  const component: DefineComponent;
  export default component;
}
