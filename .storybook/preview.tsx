import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/styles.css';
import '../stories/support/themes.css';
import { localeOf, localePacks } from '../stories/support/locales.js';
import { withMockAuth } from '../stories/support/mock-auth.js';

export type KitTheme = 'light' | 'dark' | 'brand';

/** The toolbar's theme: a wrapper whose CSS sets the kit's --rck-* variables (stories/support/themes.css). */
const withTheme: Decorator = (Story, context) => {
  const theme = (context.globals.theme as KitTheme | undefined) ?? 'light';
  // The page owns the direction and language (the packs carry them): the wrapper plays the app's <html>.
  const { pack, dir } = localeOf(context.globals);
  return (
    <div className="sb-kit-canvas" data-theme={theme} dir={dir} lang={pack.language}>
      <Story />
    </div>
  );
};

const preview: Preview = {
  // Outermost last: the theme wraps the mock provider, which wraps the story.
  decorators: [withMockAuth, withTheme],
  globalTypes: {
    theme: {
      description: 'Theme of the kit’s components (CSS variables only)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light (defaults)', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'brand', title: 'Custom brand', icon: 'heart' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale pack of the kit’s components (react-cognito-kit/locales/*)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: Object.values(localePacks).map((pack) => ({ value: pack.language, title: pack.language, right: pack.direction === 'rtl' ? 'RTL' : undefined })),
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Writing direction of the page (auto: the locale pack’s)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction: the locale’s' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', direction: 'auto' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    // Every story must pass axe: violations fail the story in the a11y panel (and in CI, test/stories).
    a11y: { test: 'error' },
    options: {
      storySort: { order: ['Introduction', 'Theming', 'Forms', 'Access', 'Fields'] },
    },
  },
  tags: ['autodocs'],
};

export default preview;
