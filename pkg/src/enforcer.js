// The repeat-offender ladder for a host that serves many users: an `Enforcer` keeps each
// user's ladder state in a store (memory, `localStorage`, or anything with get/set/delete,
// sync or async, e.g. a Durable Object's or a KV store's storage) and screens through
// `guard.screenEnforced`, one call at a time per user so concurrent requests cannot lose
// a strike.

/** A store in memory (one process, one page). */
export function memoryStore() {
  const map = new Map();
  return {
    get: (user) => map.get(user) ?? null,
    set: (user, state) => void map.set(user, state),
    delete: (user) => void map.delete(user),
  };
}

/**
 * A store in the Web Storage API (`localStorage` by default), one key per user under
 * `prefix`. An unreadable entry counts as a clean record and is replaced; if the storage
 * refuses writes (quota, private mode) the state is kept in memory for this page.
 * In a browser the user can clear it: it is a courtesy to the person, not a security
 * boundary — enforce on the server or at the edge as well.
 */
export function localStorageStore({ storage = globalThis.localStorage, prefix = "edgeward:ladder:" } = {}) {
  if (!storage || typeof storage.getItem !== "function") {
    throw new TypeError("localStorageStore: no Web Storage here; pass { storage } or use memoryStore()");
  }
  const fallback = new Map();
  return {
    get(user) {
      if (fallback.has(user)) return fallback.get(user);
      let text = null;
      try {
        text = storage.getItem(prefix + user);
      } catch {
        return null;
      }
      if (text === null) return null;
      try {
        return JSON.parse(text);
      } catch {
        return null;
      }
    },
    set(user, state) {
      try {
        storage.setItem(prefix + user, JSON.stringify(state));
        fallback.delete(user);
      } catch {
        fallback.set(user, state);
      }
    },
    delete(user) {
      fallback.delete(user);
      try {
        storage.removeItem(prefix + user);
      } catch {
        // nothing stored to remove
      }
    },
  };
}

/** Screens for many users with a repeat-offender ladder whose states live in `store`. */
export class Enforcer {
  #guard;
  #store;
  #queues = new Map();

  /**
   * @param {import("./index.d.ts").Guard} guard
   * @param {import("./index.d.ts").LadderStore} [store] default: `memoryStore()`
   */
  constructor(guard, store = memoryStore()) {
    if (!guard || typeof guard.screenEnforced !== "function") {
      throw new TypeError("new Enforcer: the first argument must be a Guard");
    }
    for (const m of ["get", "set", "delete"]) {
      if (typeof store?.[m] !== "function") throw new TypeError(`new Enforcer: the store needs a ${m}(user) method`);
    }
    this.#guard = guard;
    this.#store = store;
  }

  /** Screens `user`'s prompt; the verdict carries `enforcement`. */
  async screenPrompt(user, text, options) {
    return this.#enforce(user, text, options);
  }

  /** Screens `user`'s conversation at its last turn; the verdict carries `enforcement`. */
  async screenConversation(user, turns, options) {
    return this.#enforce(user, turns, options);
  }

  /** Where `user` stands now (`{ strikes, state, retry_after_s? }`), without screening. */
  async standing(user, options) {
    checkUser(user);
    return this.#guard.standing(await this.#store.get(user), options);
  }

  /** Forgets `user`'s record (e.g. after a moderator's review). */
  async reset(user) {
    checkUser(user);
    await this.#store.delete(user);
  }

  #enforce(user, input, options) {
    checkUser(user);
    const previous = this.#queues.get(user) ?? Promise.resolve();
    const run = previous.then(async () => {
      const { verdict, state } = this.#guard.screenEnforced(input, await this.#store.get(user), options);
      if (state === null) await this.#store.delete(user);
      else await this.#store.set(user, state);
      return verdict;
    });
    const tail = run.catch(() => {});
    this.#queues.set(user, tail);
    tail.then(() => {
      if (this.#queues.get(user) === tail) this.#queues.delete(user);
    });
    return run;
  }
}

function checkUser(user) {
  if (typeof user !== "string" || user === "") {
    const e = new Error("Enforcer: user must be a non-empty string (an account or session id)");
    e.name = "EdgewardError";
    e.code = "EDGEWARD_INPUT";
    throw e;
  }
}
