import { expect } from '@open-wc/testing';
import { declaredSize } from '../../src/format/media-size.js';

const media = (width?: number, height?: number) => ({ url: 'https://i.example/a.png', alt: '', width, height });

describe('declaredSize', () => {
  it('keeps the declared size of a photo, a panorama or a phone screenshot', () => {
    expect(declaredSize(media(1200, 675))).to.deep.equal({ width: 1200, height: 675 });
    expect(declaredSize(media(4000, 1000))).to.deep.equal({ width: 4000, height: 1000 });
    expect(declaredSize(media(1170, 2532))).to.deep.equal({ width: 1170, height: 2532 });
  });

  it('ignores a ratio no real image has, and half a size', () => {
    expect(declaredSize(media(1, 1e6))).to.equal(undefined);
    expect(declaredSize(media(20000, 1))).to.equal(undefined);
    expect(declaredSize(media(1200))).to.equal(undefined);
    expect(declaredSize(media(undefined, 675))).to.equal(undefined);
  });
});
