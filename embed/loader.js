// cramp-widget script-tag loader. It wraps wasm-bindgen's `--target no-modules` output, which
// the build pastes in at WASM_BINDGEN_JS, and the optimised wasm, packed with LZMA and inlined
// as base64 at WASM_LZMA_BASE64, so the widget needs no second request, no CORS and works from
// file://. Packing before base64 keeps the file small: base64 of raw wasm compresses badly.
// It defines <cramp-widget>: each element mounts its own app in an open shadow root, or, when
// the widget cannot start, shows a short message with the emergency number there instead.
(function () {
  'use strict';
  if (window.customElements && window.customElements.get('cramp-widget')) return;

  /* WASM_BINDGEN_JS */

  /* LZMA_DECODE_JS */

  var WASM_LZMA_BASE64 = '/* WASM_LZMA_BASE64 */';
  var ready = null;

  // Unpacked in the page (embed/lzma-decode.js): no request leaves it.
  function wasmBytes() {
    var text = atob(WASM_LZMA_BASE64);
    var packed = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) packed[i] = text.charCodeAt(i);
    return lzmaDecode(packed);
  }

  // One wasm instance serves every widget on the page. Async instantiation, because some
  // browsers refuse large synchronous compiles on the main thread. Started inside a promise,
  // so a damaged file or a browser without WebAssembly ends in the same catch as a CSP
  // refusal.
  function start() {
    if (!ready) {
      ready = Promise.resolve()
        .then(wasmBytes)
        .then(function (bytes) {
          return wasm_bindgen({ module_or_path: bytes });
        });
    }
    return ready;
  }

  // What a visitor reads when the widget cannot start, so its box is never blank: plain DOM
  // built here, because the wasm that holds Texts is what failed. Each language has [cannot
  // run, the emergency sentence before and after the number, the sentence without a number,
  // the fallback link].
  var FALLBACK = {
    en: [
      'This checker cannot run on this page.',
      'If you have chest pain, trouble breathing, or a leg that suddenly turns cold and pale, call ',
      '.',
      'your local emergency number',
      'Open the checker',
    ],
    es: [
      'Este cuestionario no puede funcionar en esta página.',
      'Si tiene dolor en el pecho, le cuesta respirar o una pierna se le pone de repente fría y pálida, llame al ',
      '.',
      'número local de emergencias',
      'Abrir el cuestionario',
    ],
    hi: [
      'यह चेकर इस पेज पर नहीं चल सकता।',
      'अगर सीने में दर्द हो, साँस लेने में दिक्कत हो, या कोई पैर अचानक ठंडा और फीका पड़ जाए, तो ',
      ' पर कॉल करें।',
      'अपने स्थानीय आपातकालीन नंबर',
      'चेकर खोलें',
    ],
  };

  // `lang` and `emergency-number` follow the wasm's rules (src/domain/config.rs), which never
  // got to read them.
  function showFallback(element) {
    function attribute(name) {
      return element.getAttribute(name) || element.getAttribute('data-' + name) || '';
    }
    function add(parent, tag, text, href) {
      var node = parent.appendChild(document.createElement(tag));
      node.textContent = text;
      if (href) node.href = href;
      return node;
    }
    var lang = (attribute('lang') || document.documentElement.lang).slice(0, 2).toLowerCase();
    if (!FALLBACK[lang]) lang = 'en';
    var text = FALLBACK[lang];
    var number = attribute('emergency-number').replace(/[ .-]/g, '');
    var link = attribute('fallback-url');
    var root = element.shadowRoot || element.attachShadow({ mode: 'open' });
    root.textContent = '';
    add(root, 'style', 'div{font:17px/1.5 sans-serif;color:#000;background:#fff;border:2px solid;padding:0 1em}');
    var box = add(root, 'div');
    box.lang = lang;
    add(box, 'p', text[0]);
    var sentence = add(box, 'p', text[1]);
    if (/^\+?\d{1,15}$/.test(number)) add(sentence, 'a', number, 'tel:' + number);
    else sentence.append(text[3]);
    sentence.append(text[2]);
    if (/^https?:\/\//i.test(link)) add(add(box, 'p'), 'a', text[4], link);
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
          console.error(
            'cramp-widget could not start: ' + error +
              ". If the page has a Content-Security-Policy, add 'wasm-unsafe-eval' to its script-src (README: What the host page must allow)",
          );
          showFallback(element);
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
