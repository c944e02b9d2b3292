import { defineOnce } from '../../define.js';
import { connectPage } from '../../page/engine.js';
import { OxuNewsCard } from './news-card.component.js';

defineOnce('oxu-news-card', OxuNewsCard);
connectPage();

export { OxuNewsCard };

declare global {
  interface HTMLElementTagNameMap {
    'oxu-news-card': OxuNewsCard;
  }
}
