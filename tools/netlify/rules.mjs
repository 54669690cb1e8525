// Evaluates the site's Netlify rules with Netlify's own code, offline, for the deploy tests.
//
//   node rules.mjs <repository root> [<publish folder>]  < paths.json  > result.json
//
// netlify.toml is read and validated by @netlify/config (what `netlify build` uses). Header rules are parsed
// by @netlify/headers-parser and matched by netlify-cli's headersForPath (what `netlify dev` applies);
// redirect rules (netlify.toml plus the publish folder's _redirects) are parsed by netlify-cli's
// parseRedirects and matched by netlify-redirector, Netlify's redirect engine compiled to WebAssembly.
// The publish folder defaults to netlify.toml's build.publish; the tests pass a freshly built site instead.
// stdin: a JSON array of URL paths. stdout: one JSON object (see the end of this file).
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { resolveConfig } from '@netlify/config';
import { parseAllHeaders } from '@netlify/headers-parser';
import { parseAllRedirects } from '@netlify/redirect-parser';
import redirector from 'netlify-redirector';
import { headersForPath } from 'netlify-cli/dist/utils/headers.js';
import { parseRedirects } from 'netlify-cli/dist/utils/redirects.js';

const root = path.resolve(process.argv[2] ?? '.');
const paths = JSON.parse(readFileSync(0, 'utf8'));

const resolved = await resolveConfig({ cwd: root, repositoryRoot: root, offline: true, context: 'production', mode: 'cli' });
const { config, configPath } = resolved;
const publish = path.resolve(process.argv[3] ?? config.build.publish);

// The same files netlify-cli's proxy reads.
const headersFiles = [...new Set([path.resolve(root, '_headers'), path.resolve(publish, '_headers')])];
const redirectsFiles = [...new Set([path.resolve(publish, '_redirects'), path.resolve(root, '_redirects')])];

const headerResult = await parseAllHeaders({ headersFiles, netlifyConfigPath: configPath, minimal: false, configHeaders: [] });
const redirectResult = await parseAllRedirects({ redirectsFiles, netlifyConfigPath: configPath, minimal: false, configRedirects: [] });
// config.redirects from @netlify/config already holds the publish folder's _redirects as @netlify/config read
// it at resolve time (the configured publish folder); pass netlify.toml's own rules only, as parsed above.
const redirects = await parseRedirects({ config: {}, configPath, redirectsFiles });
const matcher = await redirector.parseJSON(JSON.stringify(redirects), {});

const match = (urlPath) => {
  const headers = { 'x-language': 'en', 'x-country': 'us', host: 'example.org' };
  const m = matcher.match({
    scheme: 'https',
    host: 'example.org',
    path: urlPath,
    query: '',
    headers,
    cookieValues: {},
    getHeader: (name) => headers[name.toLowerCase()] ?? '',
    getCookie: () => '',
  });
  return m ? { from: m.from ?? null, to: m.to, status: m.status, force: Boolean(m.force), force404: Boolean(m.force404) } : null;
};

const result = {
  configPath,
  publish,
  buildCommand: config.build.command,
  environment: config.build.environment,
  headerErrors: headerResult.errors.map((e) => e.message),
  redirectErrors: redirectResult.errors.map((e) => e.message),
  headerRules: headerResult.headers.map(({ for: forPath, values }) => ({ for: forPath, values })),
  redirectRules: redirectResult.redirects.map(({ from, to, status, force }) => ({ from, to, status, force })),
  paths: paths.map((urlPath) => ({
    path: urlPath,
    // indexes into headerRules of every rule whose `for` matches
    rules: headerResult.headers.flatMap((rule, index) => (rule.forRegExp.test(urlPath) ? [index] : [])),
    headers: headersForPath(headerResult.headers, urlPath),
    redirect: match(urlPath),
  })),
};
process.stdout.write(JSON.stringify(result, null, 1));
