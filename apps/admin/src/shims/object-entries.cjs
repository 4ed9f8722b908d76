// node-polyglot (under ra-i18n-polyglot) requires the `object.entries` polyfill, which brings a
// dozen es-shim packages with it; every browser the admin targets has Object.entries built in.
// vite.config.ts points `object.entries` here (CommonJS, as node-polyglot requires it).
module.exports = Object.entries;
