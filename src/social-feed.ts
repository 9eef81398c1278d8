import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';

export class SocialFeed extends LitElement {
  @property() src = '';
  override render() {
    return html`<p part="status">${this.src}</p>`;
  }
}
