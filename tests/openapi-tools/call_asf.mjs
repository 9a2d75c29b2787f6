// Calls `GET /Api/ASF` with openapi-fetch, typed by what openapi-typescript generated from
// openapi/asf.json into generated/asf.d.ts. `tsc --noEmit` checks this file against those
// types (tsconfig.json: checkJs, strict), so an answer the document does not describe, or a
// path it lacks, fails the type check before anything runs. Started by tests/openapi_tools.rs
// with ASF_BASE_URL, ASF_PASSWORD and ASF_VERSION (the document's info.version).

import assert from 'node:assert/strict';
import createClient from 'openapi-fetch';

const { ASF_BASE_URL: baseUrl, ASF_PASSWORD: password, ASF_VERSION: version } = process.env;
if (!baseUrl || !password || !version) throw new Error('ASF_BASE_URL, ASF_PASSWORD and ASF_VERSION are required');

/** @type {import('openapi-fetch').Client<import('./generated/asf.js').paths>} */
const client = createClient({ baseUrl });

const { data, error, response } = await client.GET('/Api/ASF', { headers: { Authentication: password } });
assert.equal(response.status, 200);
assert.equal(error, undefined);
assert.ok(data, 'a body');
/** @type {boolean} */
const success = data.Success;
/** @type {string | null | undefined} */
const answered = data.Result?.Version;
assert.equal(success, true);
assert.equal(answered, version);
assert.ok(data.Result?.GlobalConfig, 'GlobalConfig is present');
// The types are real, not `any`: a property the document does not describe is a type error
// (and an unused expectation fails the check).
// @ts-expect-error VersionNumber is not in the document
assert.equal(data.Result?.VersionNumber, undefined);
console.log(`typescript client: GET /Api/ASF answered version ${answered}`);
