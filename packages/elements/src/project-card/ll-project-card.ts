import { ProjectCard } from './project-card.component.js';
import { defineElement } from '../shared/define.js';

export { ProjectCard };

defineElement('ll-project-card', ProjectCard);

declare global {
  interface HTMLElementTagNameMap {
    'll-project-card': ProjectCard;
  }
}
