/**
 * The one upload limit, stated on the import page and enforced at every layer: the browser
 * checks it before sending, scripts/serve.js gives adapter-node a BODY_SIZE_LIMIT just above
 * it (room for the form's own boundaries and fields) and answers a larger body with the import
 * page and its message, and the action refuses files that add up to more.
 * Plain JavaScript: scripts/serve.js runs under `node` with no TypeScript loader.
 */
export const MAX_UPLOAD_MB = 5;
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;
/** Multipart boundaries, headers and the text fields of a full batch stay well below this. */
export const BODY_SIZE_LIMIT_BYTES = MAX_UPLOAD_BYTES + 512 * 1024;
/** Where an upload over the limit is sent back to; the page reads `too_large` and says why. */
export const IMPORT_PATH = '/editor/import';
