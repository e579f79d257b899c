import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { iconProblems } from '../../../deployment/app-package';
import { ACCENT_COLOR, drawColorIcon, drawOutlineIcon } from '../../../deployment/icons/draw-icons';
import { APP_PACKAGE_DIR } from '../../../deployment/manifest-commands';
import { decodePng, encodePng, readPngHeader } from '../../../deployment/png';

const read = (name: string): Buffer => readFileSync(path.join(APP_PACKAGE_DIR, name));

describe('Teams app icons', () => {
  it('the colour icon is a 192×192 PNG', () => {
    const header = readPngHeader(read('color.png'));
    assert.deepEqual([header.width, header.height], [192, 192]);
    assert.deepEqual(iconProblems('color.png', read('color.png'), 192, false), []);
  });

  it('the outline icon is a 32×32 PNG of white and transparent pixels only', () => {
    const png = read('outline.png');
    const header = readPngHeader(png);
    assert.deepEqual([header.width, header.height], [32, 32]);
    const { data } = decodePng(png);
    let drawn = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) continue;
      drawn++;
      assert.deepEqual([data[i], data[i + 1], data[i + 2]], [255, 255, 255], `pixel ${i / 4}`);
    }
    assert.ok(drawn > 32 && drawn < 32 * 32 - 32, 'the outline draws something, on a transparent background');
  });

  it('the colour icon is opaque, on the manifest accent colour', () => {
    const { data } = decodePng(read('color.png'));
    const n = Number.parseInt(ACCENT_COLOR.slice(1), 16);
    assert.deepEqual([data[0], data[1], data[2], data[3]], [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255]);
    for (let i = 3; i < data.length; i += 4) assert.equal(data[i], 255);
    const manifest = JSON.parse(read('manifest.json').toString('utf8')) as { accentColor: string };
    assert.equal(manifest.accentColor.toUpperCase(), ACCENT_COLOR.toUpperCase());
  });

  it('the committed icons are what deployment/icons/draw-icons.ts draws', () => {
    assert.deepEqual(decodePng(read('color.png')).data, drawColorIcon().data);
    assert.deepEqual(decodePng(read('outline.png')).data, drawOutlineIcon().data);
  });

  it('refuses an icon of the wrong size, a coloured outline pixel and a file that is not a PNG', () => {
    const small = encodePng({ width: 2, height: 2, data: new Uint8Array(16).fill(255) });
    assert.match(iconProblems('color.png', small, 192, false)[0]!, /must be 192×192 pixels, is 2×2/);
    const tinted = new Uint8Array(32 * 32 * 4).fill(255);
    tinted[0] = 0;
    assert.match(
      iconProblems('outline.png', encodePng({ width: 32, height: 32, data: tinted }), 32, true)[0]!,
      /1 pixel/,
    );
    assert.match(iconProblems('color.png', Buffer.from('GIF89a'), 192, false)[0]!, /not a PNG/);
  });

  it('the PNG reader undoes every scanline filter', () => {
    // A 2×2 RGB image whose second row uses the Paeth filter, built by hand.
    const raw = Buffer.from([1, 10, 20, 30, 40, 50, 60, 4, 1, 1, 1, 1, 1, 1]);
    const chunk = (type: string, body: Buffer): Buffer => {
      const head = Buffer.alloc(8);
      head.writeUInt32BE(body.length, 0);
      head.write(type, 4, 'latin1');
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
      return Buffer.concat([head, body, crc]);
    };
    const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    const { data } = decodePng(png);
    // Row 0 (Sub): 10,20,30 then 50,70,90. Row 1 (Paeth): above + 1, then Paeth(left, up, upleft) + 1.
    assert.deepEqual([...data], [10, 20, 30, 255, 50, 70, 90, 255, 11, 21, 31, 255, 51, 71, 91, 255]);
  });
});
