import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { cropPng, decodePng, imageStats, type PngImage } from './png.ts';

/** Something is drawn in a region: its brightness varies and no one colour fills 97% of it (a blank region gives 0 and 1; a pale basemap 7 and 0.76, a word on its background 30 and 0.8). */
export function assertInked(img: PngImage, what: string, min = { lumaStdDev: 4, maxDominantShare: 0.97 }): void {
  assert.ok(img.width > 0 && img.height > 0, `${what}: empty region`);
  const stats = imageStats(img);
  assert.ok(stats.lumaStdDev > min.lumaStdDev && stats.dominantShare < min.maxDominantShare, `${what} is blank in the screenshot: ${JSON.stringify(stats)}`);
}

/** A region is painted mostly in one colour (a bar in its type's colour), within a small tolerance for antialiasing. */
export function assertPainted(img: PngImage, what: string, rgb: readonly [number, number, number], minShare = 0.6): void {
  assert.ok(img.width > 0 && img.height > 0, `${what}: empty region`);
  let near = 0;
  const n = img.width * img.height;
  for (let i = 0; i < n; i++) {
    const d = Math.abs((img.rgba[i * 4] as number) - rgb[0]) + Math.abs((img.rgba[i * 4 + 1] as number) - rgb[1]) + Math.abs((img.rgba[i * 4 + 2] as number) - rgb[2]);
    if (d <= 24) near++;
  }
  assert.ok(near / n >= minShare, `${what} is not painted rgb(${rgb.join(', ')}) in the screenshot: ${((100 * near) / n).toFixed(0)}% of ${n} px`);
}

/** A region to check: a selector whose element must be drawn (inked), or one whose element must be painted in its computed fill. */
export type Region = string | { painted: string };

/**
 * Takes a screenshot of the viewport, writes it to dir (or SITREP_SCREENSHOT_DIR, to look at) and checks
 * it: the page is not blank, and each region named (a selector, its first match) is drawn in the
 * screenshot itself, cropped to the element's box as the page lays it out. So a check fails when the
 * part under test (a label, the table's last columns, the timeline's bars) is missing, hidden, covered or
 * off-screen, even where the rest of the page is busy. Returns the file written.
 */
export async function checkedScreenshot(page: Page, dir: string, name: string, regions: readonly Region[] = []): Promise<string> {
  const png = await page.screenshot({ fullPage: false });
  const file = join(process.env.SITREP_SCREENSHOT_DIR ?? dir, `${name}.png`);
  await writeFile(file, png);
  const img = decodePng(png);
  const stats = imageStats(img);
  assert.ok(stats.lumaStdDev > 20 && stats.distinctColours > 200 && stats.dominantShare < 0.85, `${name} screenshot looks blank: ${JSON.stringify(stats)}`);
  const scale = await page.evaluate(() => window.devicePixelRatio);
  for (const region of regions) {
    const selector = typeof region === 'string' ? region : region.painted;
    const element = page.locator(selector).first();
    const box = await element.boundingBox();
    assert.ok(box && box.width > 0 && box.height > 0, `${name}: ${selector} has no box`);
    const crop = cropPng(img, { x: box.x * scale, y: box.y * scale, width: box.width * scale, height: box.height * scale });
    if (typeof region === 'string') {
      assertInked(crop, `${name}: ${selector}`);
    } else {
      const fill = await element.evaluate((el) => getComputedStyle(el).fill);
      const rgb = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(fill);
      assert.ok(rgb, `${name}: ${selector} has fill ${fill}`);
      // Inset by a pixel: a bar's edges blend with what is behind it.
      const inner = cropPng(crop, { x: scale, y: scale, width: crop.width - 2 * scale, height: crop.height - 2 * scale });
      assertPainted(inner.width > 0 && inner.height > 0 ? inner : crop, `${name}: ${selector}`, [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])]);
    }
  }
  return file;
}
