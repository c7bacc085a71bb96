// Shared helpers of the browser tests: Debian's Chromium through playwright-core (never a
// downloaded browser), and a check that a screenshot is a real render.
import { chromium } from "playwright-core";
import { PNG } from "pngjs";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SCREENSHOTS = process.env.EDGEWARD_SCREENSHOTS ?? `${ROOT}artifacts/screenshots`;

/** Headless Chromium with the flags this machine class needs (see TOOLCHAIN.md). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
}

/** Collects the page's console errors and uncaught exceptions (tests assert there are none). */
export function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/**
 * Saves a screenshot under SCREENSHOTS and returns what it shows: size, distinct colours
 * and the share of the most common colour (a blank or failed render is one colour).
 */
export async function screenshot(page, name, options = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const bytes = await page.screenshot({ fullPage: false, ...options });
  const path = `${SCREENSHOTS}/${name}.png`;
  writeFileSync(path, bytes);
  const png = PNG.sync.read(bytes);
  const counts = new Map();
  for (let i = 0; i < png.data.length; i += 4) {
    const key = (png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const pixels = png.width * png.height;
  const dominant = Math.max(...counts.values()) / pixels;
  return { path, width: png.width, height: png.height, colours: counts.size, dominant };
}
