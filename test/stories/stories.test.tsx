/// <reference types="vite/client" />
import { composeStories, composeStory } from '@storybook/react-vite';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';

type StoriesModule = Parameters<typeof composeStories>[0];
type ComposedStory = ReturnType<typeof composeStory>;

// Every story file, found by the same glob Storybook uses: a new story is tested without touching this file.
const modules = import.meta.glob<StoriesModule>('../../stories/**/*.stories.tsx', { eager: true });

interface A11yParameters {
  config?: axe.Spec;
  options?: axe.RunOptions;
  disable?: boolean;
  test?: 'off' | 'todo' | 'error';
}

/**
 * The a11y addon's own run (region rule off: a story is not a page), on the story's canvas. Colour contrast
 * needs layout and computed colours, which jsdom does not have: it only ever comes back "incomplete" here,
 * so it is off in this run and checked by the a11y panel in a real browser instead.
 */
async function axeViolations(a11y: A11yParameters = {}) {
  axe.reset();
  axe.configure({
    ...a11y.config,
    rules: [{ id: 'region', enabled: false }, { id: 'color-contrast', enabled: false }, ...(a11y.config?.rules ?? [])],
  });
  const results = await axe.run(document.body, { ...a11y.options, resultTypes: ['violations'] });
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.html),
  }));
}

const files = Object.entries(modules).map(([path, module]) => [path.replace('../../stories/', ''), module] as const);

describe.each(files)('%s', (_file, module) => {
  const stories = Object.entries(composeStories(module)) as Array<[string, ComposedStory]>;
  it.each(stories)('%s renders, plays and passes axe', async (_name, Story) => {
    await Story.run();
    const a11y = Story.parameters.a11y as A11yParameters | undefined;
    if (a11y?.disable || a11y?.test === 'off') return;
    expect(await axeViolations(a11y)).toEqual([]);
  });
});

it('finds the story files', () => {
  expect(files.length).toBeGreaterThan(0);
});
