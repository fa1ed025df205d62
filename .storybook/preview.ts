import {setCustomElementsManifest, type Preview} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// Each element's docs page and controls (attributes, properties, events, slots,
// parts, CSS custom properties) come from the manifest `npm run build:manifest`
// writes from the components' JSDoc: one source for Storybook, editors and README.
setCustomElementsManifest(manifest);

/** The languages of the toolbar; profiad treats `cy`/`cy-*` as Welsh and anything else as English. */
const LOCALES = [
  {value: 'en', title: 'English'},
  {value: 'cy', title: 'Cymraeg'},
];

const preview: Preview = {
  // A docs page per element (addon-docs), in the toolbar's language like every story.
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the page (<html lang>); profiad elements follow it live',
      toolbar: {title: 'Locale', icon: 'globe', items: LOCALES, dynamicTitle: true},
    },
  },
  initialGlobals: {locale: 'en'},
  loaders: [
    // profiad elements take their language from their own `lang`, an
    // ancestor's, or <html lang>, and follow changes live: there is no global
    // setLocale() to call. Loaders run before the story renders, so a Welsh
    // story never flashes English first.
    async ({globals}) => {
      const locale = LOCALES.some((l) => l.value === globals.locale) ? String(globals.locale) : 'en';
      document.documentElement.lang = locale;
      return {};
    },
  ],
  parameters: {
    // Accessibility violations fail the story (a11y panel and Storybook's test runner).
    a11y: {test: 'error'},
    controls: {expanded: true},
  },
};

export default preview;
