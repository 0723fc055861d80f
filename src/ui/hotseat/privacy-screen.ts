// Between two tables' turns the device shows only this: whose turn it is and a button to reveal. The
// previous table's screen is not hidden behind it but gone from the page, so nothing of another
// table's inbox can be read, tabbed to or found by a screen reader.
import '../../styles/hotseat.css';
import { el } from '../dom.js';

export interface PrivacyScreenText {
  readonly title: string;
  readonly lead: string;
  readonly reveal: string;
}

export function renderPrivacyScreen(text: PrivacyScreenText, onReveal: () => void): HTMLElement {
  const title = el('h1', { className: 'privacy-screen__title', text: text.title, attrs: { tabindex: '-1' } });
  const reveal = el('button', { className: 'button button--primary button--large', text: text.reveal, attrs: { type: 'button' } });
  reveal.addEventListener('click', onReveal);
  return el('div', { className: 'privacy-screen', attrs: { 'data-privacy-screen': '' } }, [
    title,
    el('p', { className: 'privacy-screen__lead', text: text.lead }),
    reveal,
  ]);
}
