// A wasm module with its linear memory replaced by a snapshot: the build-time
// pre-initialization that wizer does for Fastly, for a wasm-bindgen module (whose
// imports wizer cannot provide). The caller instantiates the module, runs its
// initialization, and passes the memory here; the rewritten module starts every
// instance with that memory, so the initialization never runs again.
//
// What is rewritten: the data section (the snapshot's non-zero bytes as active
// segments), the data count section, and the memory's minimum size. Globals are kept:
// the only mutable one a Rust module has is the stack pointer, which is back at its
// start value once the call that initialized returns (checked: exactly one mutable
// global). The stack below it holds nothing live then and is zeroed. Modules this does
// not understand (passive or non-constant segments, a start function, imported or
// shared memories, memory64) are refused with an error rather than rewritten wrongly.

const SECTION = { global: 6, memory: 5, start: 8, data: 11, dataCount: 12, import: 2 };
const PAGE = 65536;
/** Zero runs shorter than this stay inside a segment (a segment header costs ~8 bytes). */
const MIN_GAP = 32;
/** V8 accepts at most 100,000 data segments; stay well below. */
const MAX_SEGMENTS = 20000;

class Reader {
  constructor(bytes, pos = 0) {
    this.bytes = bytes;
    this.pos = pos;
  }
  byte() {
    if (this.pos >= this.bytes.length) throw new Error("wasm-snapshot: unexpected end of module");
    return this.bytes[this.pos++];
  }
  u32() {
    let result = 0;
    for (let shift = 0; ; shift += 7) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return result;
      if (shift > 28) throw new Error("wasm-snapshot: LEB128 too long");
    }
  }
  i32() {
    let result = 0;
    let shift = 0;
    let b;
    do {
      b = this.byte();
      result |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80 && shift < 35);
    if (shift < 32 && b & 0x40) result |= ~0 << shift;
    return result;
  }
  take(n) {
    const out = this.bytes.subarray(this.pos, this.pos + n);
    if (out.length !== n) throw new Error("wasm-snapshot: unexpected end of module");
    this.pos += n;
    return out;
  }
}

function u32(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

function i32(n) {
  const out = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

/** The module's sections: `{ id, body }` in order (custom sections included). */
export function sections(bytes) {
  const magic = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  if (bytes.length < 8 || magic.some((b, i) => bytes[i] !== b)) throw new Error("wasm-snapshot: not a wasm module (version 1)");
  const r = new Reader(bytes, 8);
  const out = [];
  while (r.pos < bytes.length) {
    const id = r.byte();
    const size = r.u32();
    out.push({ id, body: r.take(size) });
  }
  return out;
}

/** A section's bytes: its id, its size, then `body` (an array or a Uint8Array). */
function section(id, body) {
  return concat([Uint8Array.from([id, ...u32(body.length)]), Uint8Array.from(body)]);
}

function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The stack pointer's start value: the module's single mutable i32 global. */
function stackPointer(body) {
  const r = new Reader(body);
  const mutable = [];
  for (let n = r.u32(), i = 0; i < n; i++) {
    const type = r.byte();
    const isMutable = r.byte() === 1;
    const op = r.byte();
    let value = null;
    if (op === 0x41) value = r.i32();
    else if (op === 0x42) for (let b = r.byte(); b & 0x80; b = r.byte());
    else if (op === 0x43) r.take(4);
    else if (op === 0x44) r.take(8);
    else if (op === 0x23 || op === 0xd2) r.u32();
    else if (op === 0xd0) r.byte();
    else throw new Error(`wasm-snapshot: global ${i} has an initializer this tool does not read (0x${op.toString(16)})`);
    if (r.byte() !== 0x0b) throw new Error(`wasm-snapshot: global ${i}: initializer is not one constant`);
    if (isMutable) mutable.push({ type, value });
  }
  if (mutable.length !== 1 || mutable[0].type !== 0x7f || mutable[0].value === null) {
    throw new Error(`wasm-snapshot: expected exactly one mutable i32 global (the stack pointer), found ${mutable.length}`);
  }
  return mutable[0].value;
}

/** Offsets and lengths of the module's data segments (all active, memory 0). */
function dataSegments(body) {
  const r = new Reader(body);
  const out = [];
  for (let n = r.u32(), i = 0; i < n; i++) {
    const mode = r.u32();
    if (mode !== 0) throw new Error(`wasm-snapshot: data segment ${i} is passive or names a memory (mode ${mode})`);
    if (r.byte() !== 0x41) throw new Error(`wasm-snapshot: data segment ${i}: offset is not an i32 constant`);
    const offset = r.i32();
    if (r.byte() !== 0x0b) throw new Error(`wasm-snapshot: data segment ${i}: offset is not one constant`);
    const length = r.u32();
    r.take(length);
    out.push({ offset, length });
  }
  return out;
}

/** The memory section with its only memory's minimum raised to `pages`. */
function memorySection(body, pages) {
  const r = new Reader(body);
  if (r.u32() !== 1) throw new Error("wasm-snapshot: expected exactly one memory");
  const flags = r.byte();
  if (flags > 1) throw new Error(`wasm-snapshot: shared or 64-bit memories are not supported (limits flags ${flags})`);
  const min = r.u32();
  const max = flags === 1 ? r.u32() : null;
  if (max !== null && pages > max) throw new Error(`wasm-snapshot: the snapshot needs ${pages} pages; the memory allows ${max}`);
  return [1, flags, ...u32(Math.max(min, pages)), ...(max === null ? [] : u32(max))];
}

/**
 * The non-zero stretches of `memory` as `[start, end)` pairs: runs of zeros shorter than
 * the gap stay inside a stretch; the gap doubles until there are few enough stretches.
 */
export function memorySegments(memory, minGap = MIN_GAP, maxSegments = MAX_SEGMENTS) {
  for (let gap = minGap; ; gap *= 2) {
    const out = [];
    let i = 0;
    const n = memory.length;
    while (i < n) {
      while (i < n && memory[i] === 0) i++;
      if (i === n) break;
      const start = i;
      let end = i;
      while (i < n) {
        if (memory[i] !== 0) {
          end = ++i;
        } else if (i - end >= gap) {
          break;
        } else {
          i++;
        }
      }
      out.push([start, end]);
    }
    if (out.length <= maxSegments) return out;
  }
}

/**
 * `wasm` rewritten so every instance starts with `memory` (the bytes of an instance's
 * linear memory after its initialization ran and returned). Returns the new module.
 */
export function snapshotModule(wasm, memory) {
  const parts = sections(wasm);
  const ids = new Set(parts.map((s) => s.id));
  if (ids.has(SECTION.start)) throw new Error("wasm-snapshot: the module has a start function, which would run again");
  const globals = parts.find((s) => s.id === SECTION.global);
  if (!globals) throw new Error("wasm-snapshot: no globals (no stack pointer)");
  const stackTop = stackPointer(globals.body);
  const data = parts.find((s) => s.id === SECTION.data);
  const original = data ? dataSegments(data.body) : [];
  if (original.some((s) => s.offset < stackTop)) {
    throw new Error("wasm-snapshot: data lies below the stack pointer's start; expected the stack first (rustc's layout)");
  }
  if (memory.length % PAGE) throw new Error("wasm-snapshot: memory is not a whole number of pages");
  const image = Uint8Array.from(memory);
  image.fill(0, 0, stackTop); // the stack: nothing is live below its start once the call returned

  const segments = memorySegments(image);
  const dataBody = [Uint8Array.from(u32(segments.length))];
  for (const [start, end] of segments) {
    dataBody.push(Uint8Array.from([0, 0x41, ...i32(start), 0x0b, ...u32(end - start)]), image.subarray(start, end));
  }

  if (!parts.some((s) => s.id === SECTION.memory)) throw new Error("wasm-snapshot: the module imports its memory");
  const out = [wasm.subarray(0, 8)];
  let placedData = false;
  for (const s of parts) {
    if (s.id === SECTION.memory) out.push(section(s.id, memorySection(s.body, memory.length / PAGE)));
    else if (s.id === SECTION.dataCount) out.push(section(s.id, u32(segments.length)));
    else if (s.id === SECTION.data) {
      out.push(section(s.id, concat(dataBody)));
      placedData = true;
    } else out.push(section(s.id, s.body));
  }
  if (!placedData) throw new Error("wasm-snapshot: the module has no data section to replace");
  return concat(out);
}
