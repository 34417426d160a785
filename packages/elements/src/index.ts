// The classes, without registering anything: import `@living-lab/elements/ll-*.js` to define tags.
export { ProjectCard } from './project-card/project-card.component.js';
export { Ecosystem } from './ecosystem/ecosystem.component.js';
export { LivingLabElement } from './shared/base-element.js';
export { defineElement } from './shared/define.js';
export { ecosystemContext, type EcosystemContext } from './shared/context.js';
export type { FeedState } from './shared/feed-controller.js';
export type { LivingLabEventMap, NavigateDetail, LoadDetail, ErrorDetail } from './shared/events.js';
export { resolveLang } from './i18n/localize.js';
