#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/cli.ts
var nodePath2 = require("node:path");
var import_node_url = require("node:url");

// src/util/compile-cache.ts
var import_node_buffer = require("node:buffer");
var fs = require("node:fs");
var nodePath = require("node:path");
var vm = require("node:vm");
var MAGIC = Buffer.from("SSELCC02", "latin1");
var SHIPPED_MAGIC = Buffer.from("SSELSC02", "latin1");
var SHIPPED_FIXED = SHIPPED_MAGIC.length + 4 + 2;
var PAYLOAD_ALIGN = 8;
var payloadAt = (headerAndKey) => Math.ceil(headerAndKey / PAYLOAD_ALIGN) * PAYLOAD_ALIGN;
var padding = (headerAndKey) => Buffer.alloc(payloadAt(headerAndKey) - headerAndKey);
var SHIPPED_SLACK_MS = 1e4;
var FIXED = MAGIC.length + 4 + 4 + 2;
var MAX_CACHE_BYTES = 64 * 1024 * 1024;
var KEEP_UNUSED_MS = 30 * 24 * 3600 * 1e3;
var KEEP_FILES = 16;
var DAY_MS = 24 * 3600 * 1e3;
function compileCacheDir(env = process.env) {
  const on = env.SSE_LINT_CACHE;
  if (on === void 0 || on === "" || on === "0") return null;
  if (typeof process.geteuid !== "function") return null;
  const xdg = env.XDG_CACHE_HOME;
  let base;
  try {
    base = xdg && nodePath.isAbsolute(xdg) ? xdg : nodePath.join(process.getBuiltinModule("node:os").homedir(), ".cache");
  } catch {
    return null;
  }
  return nodePath.join(base, "sse-lint");
}
var SCRIPT_TAIL = "\n})";
function shippedCacheName(script) {
  return `${script.replace(/\.js$/, "")}-${process.version}-${process.arch}.v8`;
}
function runCachedScript(opts) {
  const fd = fs.openSync(opts.file, "r");
  let bytes;
  let stat;
  try {
    stat = fs.fstatSync(fd);
    bytes = fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  const source = bytes.toString((0, import_node_buffer.isAscii)(bytes) ? "latin1" : "utf8");
  const key = [opts.build, stat.size, Math.trunc(stat.mtimeMs), stat.ino, stat.dev, process.version, process.arch].join(" ");
  const cacheFile = opts.dir === null ? null : nodePath.join(opts.dir, `cli-${safeName(opts.build)}-${process.version}-${process.arch}.v8`);
  const shippedKey = [opts.build, stat.size, process.version, process.arch].join(" ");
  let state = cacheFile === null ? "off" : "missing";
  let cachedData;
  if (cacheFile !== null) {
    const read = readCache(cacheFile, key);
    if (read === "missing" || read === "invalid") state = read;
    else cachedData = read;
  }
  let shipped = false;
  if (!cachedData && opts.shipped !== void 0) {
    const read = readShipped(opts.shipped, shippedKey, stat.mtimeMs);
    if (read) {
      cachedData = read;
      shipped = true;
    }
  }
  const require2 = opts.params?.require ?? process.getBuiltinModule("node:module").createRequire(opts.file);
  const params2 = { exports: {}, require: require2, module: { exports: {} }, ...opts.params };
  params2.module.exports = params2.exports;
  const names = Object.keys(params2);
  const head = `(function (${names.join(", ")}) {`;
  let wrapped;
  if (source.startsWith(head) && source.endsWith(SCRIPT_TAIL)) wrapped = source;
  else if (source.startsWith("(function (")) throw new Error(`${opts.file} was built for other parameters than ${names.join(", ")}`);
  else wrapped = `${head}${source}${SCRIPT_TAIL}`;
  let script;
  try {
    script = new vm.Script(wrapped, { filename: opts.name ?? opts.file, ...cachedData ? { cachedData } : {} });
  } catch (e) {
    if (!cachedData) throw e;
    state = "invalid";
    cachedData = void 0;
    script = new vm.Script(wrapped, { filename: opts.name ?? opts.file });
  }
  if (cachedData) state = script.cachedDataRejected ? "rejected" : shipped ? "shipped" : "used";
  script.runInThisContext()(...names.map((n) => params2[n]));
  return {
    exports: params2.module.exports,
    state,
    save: () => {
      if (state === "used" || state === "shipped" || state === "off" || cacheFile === null) return null;
      try {
        return writeCache(cacheFile, key, script.createCachedData()) ? cacheFile : null;
      } catch {
        return null;
      }
    },
    shippable: () => {
      const payload = script.createCachedData();
      const keyBytes = Buffer.from(shippedKey, "utf8");
      const header = Buffer.alloc(SHIPPED_FIXED);
      SHIPPED_MAGIC.copy(header, 0);
      header.writeUInt32LE(payload.length, SHIPPED_MAGIC.length);
      header.writeUInt16LE(keyBytes.length, SHIPPED_MAGIC.length + 4);
      return Buffer.concat([header, keyBytes, padding(SHIPPED_FIXED + keyBytes.length), payload]);
    }
  };
}
function readShipped(file2, key, scriptMtimeMs) {
  let fd;
  try {
    fd = fs.openSync(file2, "r");
  } catch {
    return null;
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.size < SHIPPED_FIXED || st.size > MAX_CACHE_BYTES) return null;
    if (scriptMtimeMs > st.mtimeMs + SHIPPED_SLACK_MS) return null;
    const buf = fs.readFileSync(fd);
    if (buf.length !== st.size || !buf.subarray(0, SHIPPED_MAGIC.length).equals(SHIPPED_MAGIC)) return null;
    const length = buf.readUInt32LE(SHIPPED_MAGIC.length);
    const keyLength = buf.readUInt16LE(SHIPPED_MAGIC.length + 4);
    const at = payloadAt(SHIPPED_FIXED + keyLength);
    if (at + length !== buf.length) return null;
    if (buf.toString("utf8", SHIPPED_FIXED, SHIPPED_FIXED + keyLength) !== key) return null;
    return buf.subarray(at);
  } catch {
    return null;
  } finally {
    fs.closeSync(fd);
  }
}
function safeName(s) {
  return s.replace(/[^\w.-]/g, "_").slice(0, 64);
}
function crc32(data) {
  return process.getBuiltinModule("node:zlib").crc32(data);
}
function readCache(file2, key) {
  let fd;
  try {
    fd = fs.openSync(file2, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  } catch (e) {
    return e.code === "ENOENT" ? "missing" : "invalid";
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.uid !== process.geteuid() || (st.mode & 18) !== 0 || st.nlink !== 1) return "invalid";
    if (st.size < FIXED || st.size > MAX_CACHE_BYTES) return "invalid";
    const buf = Buffer.allocUnsafe(st.size);
    let got = 0;
    while (got < buf.length) {
      const n = fs.readSync(fd, buf, got, buf.length - got, got);
      if (n === 0) return "invalid";
      got += n;
    }
    if (!buf.subarray(0, MAGIC.length).equals(MAGIC)) return "invalid";
    const crc = buf.readUInt32LE(MAGIC.length);
    const length = buf.readUInt32LE(MAGIC.length + 4);
    const keyLength = buf.readUInt16LE(MAGIC.length + 8);
    const at = payloadAt(FIXED + keyLength);
    if (at + length !== buf.length) return "invalid";
    if (buf.toString("utf8", FIXED, FIXED + keyLength) !== key) return "invalid";
    const payload = buf.subarray(at);
    if (crc32(payload) !== crc) return "invalid";
    if (Date.now() - st.mtimeMs > DAY_MS) {
      try {
        fs.futimesSync(fd, /* @__PURE__ */ new Date(), /* @__PURE__ */ new Date());
      } catch {
      }
    }
    return payload;
  } catch {
    return "invalid";
  } finally {
    fs.closeSync(fd);
  }
}
function ownFolder(dir, create) {
  const euid = process.geteuid();
  const ok = (st) => st.isDirectory() && st.uid === euid && (st.mode & 18) === 0;
  try {
    return ok(fs.lstatSync(dir));
  } catch (e) {
    if (e.code !== "ENOENT" || create < 1) return false;
  }
  const parent = nodePath.dirname(dir);
  if (parent === dir) return false;
  try {
    if (!ok(fs.statSync(parent))) return false;
  } catch (e) {
    if (e.code !== "ENOENT" || !ownFolder(parent, create - 1)) return false;
  }
  try {
    fs.mkdirSync(dir, { mode: 448 });
  } catch (e) {
    if (e.code !== "EEXIST") return false;
  }
  try {
    return ok(fs.lstatSync(dir));
  } catch {
    return false;
  }
}
function writeCache(file2, key, payload) {
  const dir = nodePath.dirname(file2);
  if (!ownFolder(dir, 2)) return false;
  const keyBytes = Buffer.from(key, "utf8");
  const header = Buffer.alloc(FIXED);
  MAGIC.copy(header, 0);
  header.writeUInt32LE(crc32(payload), MAGIC.length);
  header.writeUInt32LE(payload.length, MAGIC.length + 4);
  header.writeUInt16LE(keyBytes.length, MAGIC.length + 8);
  const tmp = nodePath.join(dir, `.${nodePath.basename(file2)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  let fd;
  try {
    fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW, 384);
  } catch {
    return false;
  }
  try {
    for (const part of [header, keyBytes, padding(FIXED + keyBytes.length), payload]) {
      let done = 0;
      while (done < part.length) done += fs.writeSync(fd, part, done, part.length - done);
    }
    fs.closeSync(fd);
    fs.renameSync(tmp, file2);
  } catch {
    try {
      fs.closeSync(fd);
    } catch {
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
    }
    return false;
  }
  prune(dir, nodePath.basename(file2));
  return true;
}
function prune(dir, keep) {
  try {
    const now = Date.now();
    const files = [];
    for (const name of fs.readdirSync(dir)) {
      if (name === keep || !/^\.?cli-.*\.(?:v8|tmp)$/.test(name)) continue;
      let st;
      try {
        st = fs.lstatSync(nodePath.join(dir, name));
      } catch {
        continue;
      }
      if (!st.isFile()) continue;
      const temp = name.endsWith(".tmp");
      if (now - st.mtimeMs > (temp ? 3600 * 1e3 : KEEP_UNUSED_MS)) fs.rmSync(nodePath.join(dir, name), { force: true });
      else if (!temp) files.push({ name, mtime: st.mtimeMs });
    }
    files.sort((a, b) => b.mtime - a.mtime);
    for (const f of files.slice(KEEP_FILES - 1)) fs.rmSync(nodePath.join(dir, f.name), { force: true });
  } catch {
  }
}

// src/cli.ts
var file = nodePath2.join(__dirname, "cli-core.js");
var tuiModule = "./tui.mjs";
var params = {
  require,
  __sseLintUrl: {
    get href() {
      return (0, import_node_url.pathToFileURL)(file).href;
    }
  },
  __sseLintLoadTui: () => import(tuiModule),
  __sseLintChunk: (name, deps) => {
    const chunk = nodePath2.join(__dirname, `cli-${name}.js`);
    const req = (id) => Object.hasOwn(deps, id) ? deps[id] : require(id);
    return runCachedScript({ file: chunk, build: name, dir: null, params: { ...params, require: req } }).exports;
  }
};
var ship = globalThis[/* @__PURE__ */ Symbol.for("sse-lint.ship-code-cache")];
var core;
try {
  const build = "a2b6258d8265c8bc";
  if (ship) core = runCachedScript({ file, build, dir: null, params, name: "sse-lint/dist/cli-core.js" });
  else core = runCachedScript({ file, build, dir: compileCacheDir(), params, ...process.argv.includes("--debug") ? {} : { shipped: shippedCacheName(file) } });
} catch (e) {
  process.stderr.write(`sse-lint: cannot start: ${e.message.split("\n", 1)[0]}
`);
  process.exit(2);
}
void core.exports.startCli().then((linted) => {
  if (ship) ship(core.shippable());
  else if (linted) core.save();
});
