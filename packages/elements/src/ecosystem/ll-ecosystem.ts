import { Ecosystem } from './ecosystem.component.js';
import { defineElement } from '../shared/define.js';

export { Ecosystem };

defineElement('ll-ecosystem', Ecosystem);

declare global {
  interface HTMLElementTagNameMap {
    'll-ecosystem': Ecosystem;
  }
}
