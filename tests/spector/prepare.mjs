// Compile every Spector scenario to OpenAPI 3.0 and 3.1 and dump the mock APIs as JSON.
//
//   node tests/spector/prepare.mjs <tools dir> <out dir>
//
// One node process for all 60 specs (a `tsp compile` per spec would start node 60 times).
// Writes, under <out dir>:
//   openapi/<spec>/3.0.0/openapi*.json, openapi/<spec>/3.1.0/openapi*.json  (the emitter's files)
//   compile.json    {<spec>: {"ok": bool, "errors": [message, ...]}}
//   scenarios.json  {<scenario>: {"spec": <spec>, "pass": ..., "apis": [<endpoint>, ...]}}
// An endpoint keeps what the mock server checks (uri, method, request query/headers/body/
// pathParams) and answers (response status/headers/body); a body is {"contentType", "text"} or
// {"contentType", "base64"} (bytes) or {"kind": "multipart", "parts", "files"}; `dyn` values are expanded
// with the base URL "{{BASE_URL}}" (the harness puts the server's in); `custom_handler` marks an
// endpoint whose checks live in code, not in data.
import { readdirSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [toolsDir, outDir] = process.argv.slice(2).map((p) => resolve(p));
const require = createRequire(join(toolsDir, "package.json"));
const load = (name) => import(pathToFileURL(require.resolve(name)).href);
const compiler = await load("@typespec/compiler");
const specsRoot = join(toolsDir, "node_modules", "@typespec", "http-specs", "specs");
const mockRoot = join(toolsDir, "node_modules", "@typespec", "http-specs", "dist", "specs");
const BASE_URL = "{{BASE_URL}}";

function specDirs(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) found.push(...specDirs(join(dir, entry.name)));
  }
  // client.tsp wins over main.tsp, as in tsp-spector's scenario resolver
  for (const file of ["client.tsp", "main.tsp"]) {
    if (existsSync(join(dir, file))) {
      found.push({ name: relative(specsRoot, dir), file: join(dir, file) });
      break;
    }
  }
  return found;
}

// Emitter bug workaround (@typespec/openapi3 1.8.0, examples.js): parameter examples are kept in
// a plain object and looked up by parameter name, so a parameter named `constructor` (spec
// special-words) finds `Object.prototype.constructor`, i.e. the function `Object`, whose
// `length` is 1, and the emitter crashes reading `examples[0][0]`. With `Object.length` set to 0
// while compiling, that lookup reads as "no examples", which is the truth. Nothing else in the
// compiler reads `Object.length`; it is restored after the loop.
const objectLength = Object.getOwnPropertyDescriptor(Object, "length");
Object.defineProperty(Object, "length", { ...objectLength, value: 0 });

// OpenAPI cannot express a path with a fixed query string (`routes`: `primitive?fixed=true{&param}`),
// and the emitter refuses the whole spec for it. Those scenarios are cut from the source the
// compiler reads (tests/spector/expectations.py lists them as not expressible), so the rest of
// the spec (path and query expansion styles) still compiles and is driven.
const CUTS = { routes: '@route("query-continuation")' };

function withoutBlock(text, marker) {
  const start = text.indexOf(marker);
  if (start < 0) throw new Error(`cut marker ${marker} not found`);
  let depth = 0;
  for (let i = text.indexOf("{", start); i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return text.slice(0, start) + text.slice(i + 1);
  }
  throw new Error(`unbalanced block after ${marker}`);
}

function hostFor(name, file) {
  const marker = CUTS[name];
  if (!marker) return compiler.NodeHost;
  return {
    ...compiler.NodeHost,
    readFile: async (path) => {
      const source = await compiler.NodeHost.readFile(path);
      return resolve(path) === file ? compiler.createSourceFile(withoutBlock(source.text, marker), path) : source;
    },
  };
}

const compileResults = {};
const scenarios = {};
for (const { name, file } of specDirs(specsRoot).sort((a, b) => a.name.localeCompare(b.name))) {
  const outputDir = join(outDir, "openapi", name);
  let errors = [];
  try {
    const program = await compiler.compile(hostFor(name, file), file, {
      emit: ["@typespec/openapi3"],
      outputDir,
      options: {
        "@typespec/openapi3": {
          "emitter-output-dir": outputDir,
          "openapi-versions": ["3.0.0", "3.1.0"],
          "file-type": "json",
        },
      },
    });
    errors = program.diagnostics
      .filter((d) => d.severity === "error")
      .map((d) => `${d.code}: ${d.message}`);
  } catch (e) {
    errors = [`emitter crash: ${e && e.message ? e.message.split("\n")[0] : String(e)}`];
  }
  compileResults[name] = { ok: errors.length === 0, errors };

  const mockapi = join(mockRoot, name, "mockapi.js");
  if (!existsSync(mockapi)) continue;
  const module = await import(pathToFileURL(mockapi).href);
  for (const [scenario, def] of Object.entries(module.Scenarios ?? {})) {
    scenarios[scenario] = {
      spec: name,
      pass: def.passCondition,
      code: def.code ?? null,
      apis: def.apis.map(dumpEndpoint),
    };
  }
}
Object.defineProperty(Object, "length", objectLength);

function expand(value) {
  if (typeof value === "function") {
    if (value.isDyn) return value({ baseUrl: BASE_URL });
    return "<function>";
  }
  if (Array.isArray(value)) return value.map(expand);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v)]));
  }
  return value;
}

function dumpBody(body) {
  if (!body) return null;
  if (body.kind === "multipart") {
    // the parts the mock's handler checks: plain parts as JSON values, files with their bytes
    const files = (body.files ?? []).map((f) => ({
      fieldname: f.fieldname,
      originalname: f.originalname ?? null,
      mimetype: f.mimetype ?? null,
      base64: Buffer.from(f.buffer).toString("base64"),
    }));
    return { kind: "multipart", contentType: body.contentType, parts: body.parts ?? {}, files };
  }
  const raw = body.rawContent;
  const out = { contentType: body.contentType ?? null };
  if (Buffer.isBuffer(raw)) out.base64 = raw.toString("base64");
  else if (typeof raw === "string") out.text = raw;
  else if (raw && typeof raw.serialize === "function") out.text = raw.serialize({ baseUrl: BASE_URL });
  else out.text = null;
  return out;
}

function dumpEndpoint(api) {
  const request = api.request ?? {};
  const response = api.response ?? {};
  return {
    uri: api.uri,
    method: api.method,
    custom_handler: typeof api.handler === "function",
    request: {
      pathParams: expand(request.pathParams ?? null),
      query: expand(request.query ?? null),
      headers: expand(request.headers ?? null),
      body: dumpBody(request.body),
    },
    response: {
      status: response.status ?? null,
      headers: expand(response.headers ?? null),
      body: dumpBody(response.body),
    },
  };
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "compile.json"), JSON.stringify(compileResults, null, 1));
writeFileSync(join(outDir, "scenarios.json"), JSON.stringify(scenarios, null, 1));
const failed = Object.entries(compileResults).filter(([, r]) => !r.ok).map(([n]) => n);
console.log(`specs: ${Object.keys(compileResults).length}, not compiled: ${failed.join(", ") || "none"}; scenarios: ${Object.keys(scenarios).length}`);
