// Puppeteer must never download a browser: Tártip uses the system Chromium (see src/render/browser-discovery.ts).
module.exports = { skipDownload: true };
