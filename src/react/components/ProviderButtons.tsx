'use client';
import { lazy, Suspense } from 'react';
import type { SocialButtonsProps } from './SocialButtons.js';

// RegisterForm with `providers`: the buttons, their marks and strings come in a chunk of their own.
const SocialButtons = lazy(() => import('./social-buttons-chunk.js'));

export const ProviderButtons = (props: SocialButtonsProps) => <Suspense>{<SocialButtons divider {...props} />}</Suspense>;
