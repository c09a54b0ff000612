// A small LZMA decoder for the embed's inlined wasm. LZMA packs this wasm about 20% smaller
// than gzip (xz's "lzma alone" format, made by scripts/build-embed.mjs), which pays for its own
// 2 KB many times over, and it needs nothing from the browser: no DecompressionStream.
// It follows the reference decoder in the LZMA SDK's LzmaSpec.cpp, decoding straight into one
// buffer of the known output size, which also serves as the dictionary. The build writes the
// true size into the header, so decoding stops there without reading the end marker.
// Arithmetic stays below 2^32 and in doubles; `>>> 0` and `>>>` keep ranges unsigned.
function lzmaDecode(input) {
  var props = input[0];
  var lc = props % 9;
  var lp = ((props / 9) | 0) % 5;
  var pb = (props / 45) | 0;
  var size = input[5] + input[6] * 256 + input[7] * 65536 + input[8] * 16777216;
  var out = new Uint8Array(size);
  var at = 14; // the header, then the range coder's first byte, which is always 0
  var range = 0xffffffff;
  var code = 0;
  for (var i = 0; i < 4; i++) code = code * 256 + input[at++];

  function probs(n) {
    return new Uint16Array(n).fill(1024);
  }
  function normalize() {
    if (range < 16777216) {
      range = range * 256;
      code = code * 256 + input[at++];
    }
  }
  function bit(p, i) {
    var prob = p[i];
    var bound = (range >>> 11) * prob;
    if (code < bound) {
      range = bound;
      p[i] = prob + ((2048 - prob) >> 5);
      normalize();
      return 0;
    }
    range -= bound;
    code -= bound;
    p[i] = prob - (prob >> 5);
    normalize();
    return 1;
  }
  function tree(p, base, bits) {
    var m = 1;
    for (var i = 0; i < bits; i++) m = m * 2 + bit(p, base + m);
    return m - (1 << bits);
  }
  function reverseTree(p, base, bits) {
    var m = 1;
    var symbol = 0;
    for (var i = 0; i < bits; i++) {
      var b = bit(p, base + m);
      m = m * 2 + b;
      symbol |= b << i;
    }
    return symbol;
  }
  function direct(bits) {
    var result = 0;
    while (bits--) {
      range = range >>> 1;
      var b = code >= range ? 1 : 0;
      if (b) code -= range;
      result = result * 2 + b;
      normalize();
    }
    return result;
  }
  function lengths() {
    return { choice: probs(2), low: probs(128), mid: probs(128), high: probs(256) };
  }
  function length(l, posState) {
    if (!bit(l.choice, 0)) return tree(l.low, posState << 3, 3);
    if (!bit(l.choice, 1)) return 8 + tree(l.mid, posState << 3, 3);
    return 16 + tree(l.high, 0, 8);
  }

  var literals = probs(0x300 << (lc + lp));
  var isMatch = probs(192);
  var isRep = probs(12);
  var isRepG0 = probs(12);
  var isRepG1 = probs(12);
  var isRepG2 = probs(12);
  var isRep0Long = probs(192);
  var posSlots = probs(256);
  var posProbs = probs(115);
  var align = probs(16);
  var matchLengths = lengths();
  var repLengths = lengths();

  function distance(len) {
    var slot = tree(posSlots, (len > 3 ? 3 : len) << 6, 6);
    if (slot < 4) return slot;
    var bits = (slot >> 1) - 1;
    var dist = (2 + (slot & 1)) * Math.pow(2, bits);
    if (slot < 14) return dist + reverseTree(posProbs, dist - slot, bits);
    return dist + direct(bits - 4) * 16 + reverseTree(align, 0, 4);
  }

  var state = 0;
  var rep0 = 0, rep1 = 0, rep2 = 0, rep3 = 0;
  var pos = 0;
  var pbMask = (1 << pb) - 1;
  var lpMask = (1 << lp) - 1;
  while (pos < size) {
    var posState = pos & pbMask;
    if (!bit(isMatch, (state << 4) + posState)) {
      var prev = pos > 0 ? out[pos - 1] : 0;
      var base = 0x300 * (((pos & lpMask) << lc) + (prev >> (8 - lc)));
      var symbol = 1;
      if (state >= 7) {
        var matchByte = out[pos - rep0 - 1];
        do {
          var matchBit = (matchByte >> 7) & 1;
          matchByte <<= 1;
          var b = bit(literals, base + ((1 + matchBit) << 8) + symbol);
          symbol = symbol * 2 + b;
          if (matchBit !== b) break;
        } while (symbol < 0x100);
      }
      while (symbol < 0x100) symbol = symbol * 2 + bit(literals, base + symbol);
      out[pos++] = symbol - 0x100;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    var len;
    if (bit(isRep, state)) {
      if (!bit(isRepG0, state)) {
        if (!bit(isRep0Long, (state << 4) + posState)) {
          state = state < 7 ? 9 : 11;
          out[pos] = out[pos - rep0 - 1];
          pos++;
          continue;
        }
      } else {
        var dist;
        if (!bit(isRepG1, state)) {
          dist = rep1;
        } else {
          if (!bit(isRepG2, state)) {
            dist = rep2;
          } else {
            dist = rep3;
            rep3 = rep2;
          }
          rep2 = rep1;
        }
        rep1 = rep0;
        rep0 = dist;
      }
      len = length(repLengths, posState);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2;
      rep2 = rep1;
      rep1 = rep0;
      len = length(matchLengths, posState);
      state = state < 7 ? 7 : 10;
      rep0 = distance(len);
    }
    if (rep0 >= pos) throw new Error('cramp-widget: the inlined wasm is damaged');
    for (len += 2; len > 0 && pos < size; len--) {
      out[pos] = out[pos - rep0 - 1];
      pos++;
    }
  }
  return out;
}
