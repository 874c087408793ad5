/**
 * An index from whole-number keys (0 ≤ key < 2^53) to slot numbers (0 ≤ slot < 2^31) the caller
 * chooses, stored in two typed arrays (open addressing, linear probing). Internal: it merges identical ballots
 * without the garbage a `Map` makes of keys beyond the small-integer range (one heap number per key).
 *
 * Complexity: O(1) expected per {@link IntegerKeyIndex.slotOf}; memory 24 bytes per slot of a table kept
 * at most half full.
 */
export class IntegerKeyIndex {
  private keys: Float64Array;
  private slots: Int32Array;
  private mask: number;
  /** Number of keys held. */
  size = 0;

  constructor(expected = 16) {
    let capacity = 16;
    while (capacity < 2 * expected && capacity < 2 ** 30) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  /** The slot of `key`; a key not seen before is given the slot `next`, and -1 is returned. */
  slotOf(key: number, next: number): number {
    const keys = this.keys;
    const slots = this.slots;
    const mask = this.mask;
    let at = hash(key) & mask;
    for (;;) {
      const slot = slots[at]!;
      if (slot < 0) break;
      if (keys[at] === key) return slot;
      at = (at + 1) & mask;
    }
    keys[at] = key;
    slots[at] = next;
    this.size++;
    if (2 * this.size > mask) this.grow();
    return -1;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldSlots = this.slots;
    const capacity = 2 * oldKeys.length;
    const keys = new Float64Array(capacity);
    const slots = new Int32Array(capacity).fill(-1);
    const mask = capacity - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const slot = oldSlots[i]!;
      if (slot < 0) continue;
      let at = hash(oldKeys[i]!) & mask;
      while (slots[at]! >= 0) at = (at + 1) & mask;
      keys[at] = oldKeys[i]!;
      slots[at] = slot;
    }
    this.keys = keys;
    this.slots = slots;
    this.mask = mask;
  }
}

/** Mixes the low and high 32 bits of a whole number below 2^53 (murmur3's finaliser). */
function hash(key: number): number {
  let h = (key >>> 0) ^ Math.imul((key / 4294967296) >>> 0, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
