// cramp-widget script-tag loader. It wraps wasm-bindgen's `--target no-modules` output, which
// the build pastes in at WASM_BINDGEN_JS, and the optimised wasm, packed with LZMA and inlined
// as base64 at WASM_LZMA_BASE64, so the widget needs no second request, no CORS and works from
// file://. Packing before base64 keeps the file small: base64 of raw wasm compresses badly.
// It defines <cramp-widget>: each element mounts its own app in an open shadow root.
(function () {
  'use strict';
  if (window.customElements && window.customElements.get('cramp-widget')) return;

  /* WASM_BINDGEN_JS */

  /* LZMA_DECODE_JS */

  var WASM_LZMA_BASE64 = '/* WASM_LZMA_BASE64 */';
  var ready = null;

  // Unpacked in the page, in a promise so a failure reaches start()'s caller: no request
  // leaves the page.
  function wasmBytes() {
    return new Promise(function (resolve) {
      var text = atob(WASM_LZMA_BASE64);
      var packed = new Uint8Array(text.length);
      for (var i = 0; i < text.length; i++) packed[i] = text.charCodeAt(i);
      resolve(lzmaDecode(packed));
    });
  }

  // One wasm instance serves every widget on the page. Async instantiation, because some
  // browsers refuse large synchronous compiles on the main thread.
  function start() {
    if (!ready) {
      ready = wasmBytes().then(function (bytes) {
        return wasm_bindgen({ module_or_path: bytes });
      });
    }
    return ready;
  }

  class CrampWidget extends HTMLElement {
    connectedCallback() {
      if (this._widget || this._starting) return;
      this._starting = true;
      var element = this;
      start()
        .then(function () {
          element._starting = false;
          // The element may have left the page while the wasm compiled.
          if (element.isConnected && !element._widget) element._widget = wasm_bindgen.mount(element);
        })
        .catch(function (error) {
          element._starting = false;
          console.error('cramp-widget could not start:', error);
        });
    }

    disconnectedCallback() {
      // Moving an element disconnects and reconnects it in one task: only a real removal,
      // still disconnected after the current task, destroys the app.
      var element = this;
      queueMicrotask(function () {
        if (!element.isConnected && element._widget) {
          element._widget.destroy();
          element._widget.free();
          element._widget = null;
        }
      });
    }
  }

  customElements.define('cramp-widget', CrampWidget);
})();
