// Loaded on demand by ProviderButtons (React.lazy takes a default export).
export { SocialButtons as default } from './SocialButtons.js';
