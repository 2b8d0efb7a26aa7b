import ConsentLens

/// The JavaScript a capture runs in the page. Kept as plain text, each with why it does what it does.
enum PageScripts {
    /// Serialises a frame's document as HTML the way the HTML reader reads a DOM snapshot, with
    /// what `outerHTML` leaves out:
    ///
    /// - **Open shadow roots** are written inline as `<div data-consentlens-shadow-root="open">`
    ///   first in their host. Declarative shadow DOM would be `<template shadowrootmode="open">`,
    ///   but ConsentParse reads every `<template>`'s content as unrendered template text (hidden,
    ///   `inTemplate`), so a notice drawn in a shadow root (Usercentrics and others) would be read
    ///   as not shown. A plain element keeps its text shown, in reading order.
    /// - **Ticked boxes** as the visitor sees them: `checked` follows the box's state, not its
    ///   markup, so pre-ticked boxes set by script are seen.
    /// - **Frames**: an element a capture marked (`__consentlensFrame`, an expando set in this
    ///   isolated world, invisible to the page) is followed by a `<!--consentlens-frame:FILE-->`
    ///   marker, which the capture replaces by that frame's document.
    ///
    /// Runs in an isolated world, so the page's own scripts can neither see nor disturb it.
    static let serialise = #"""
    (function () {
      const VOID = new Set(['area','base','br','col','embed','hr','img','input','link','meta','source','track','wbr','param']);
      let shadowRoots = 0, bodyStart = -1, bodyEnd = -1;
      const holders = {};
      const out = [];
      const esc = t => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const attr = t => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      function path(el) {
        const parts = [];
        while (el && el.nodeType === 1 && parts.length < 12) {
          let p = el.localName;
          if (el.id) p += '#' + el.id;
          parts.unshift(p);
          if (el.id) break;
          el = el.parentElement || (el.parentNode && el.parentNode.host) || null;
        }
        return parts.join(' > ');
      }
      function open(el) {
        let s = '<' + el.localName;
        const box = el.localName === 'input' && (el.type === 'checkbox' || el.type === 'radio');
        for (const a of el.attributes) {
          if (box && a.name === 'checked') continue;
          if (!/^[^\s"'>\/=]+$/.test(a.name)) continue;
          s += ' ' + a.name + '="' + attr(a.value) + '"';
        }
        if (box && el.checked) s += ' checked=""';
        return s + '>';
      }
      function children(node) { for (let c = node.firstChild; c; c = c.nextSibling) walk(c); }
      function walk(n) {
        if (n.nodeType === 1) {
          const tag = n.localName;
          out.push(open(n));
          if (n === document.body) bodyStart = out.length;
          if (VOID.has(tag)) return;
          if (n.shadowRoot) {
            shadowRoots++;
            out.push('<div data-consentlens-shadow-root="open">');
            children(n.shadowRoot);
            out.push('</div>');
          }
          if (tag === 'template') children(n.content);
          else if (tag === 'script' || tag === 'style') out.push(n.textContent.replace(/<\/(script|style)/gi, '<\\/$1'));
          else if (tag === 'textarea' || tag === 'title') out.push(esc(n.textContent));
          else children(n);
          if (n === document.body) bodyEnd = out.length;
          out.push('</' + tag + '>');
          if (n.__consentlensFrame) {
            holders[n.__consentlensFrame] = path(n);
            out.push('<!--consentlens-frame:' + n.__consentlensFrame + '-->');
          }
        } else if (n.nodeType === 3) {
          out.push(esc(n.data));
        } else if (n.nodeType === 8) {
          out.push('<!--' + n.data.replace(/--/g, '- -') + '-->');
        }
      }
      if (document.documentElement) walk(document.documentElement);
      const doctype = document.doctype ? '<!DOCTYPE ' + document.doctype.name + '>\n' : '';
      const body = bodyStart >= 0 ? out.slice(bodyStart, bodyEnd).join('') : '';
      return JSON.stringify({ html: doctype + out.join(''), body: body, shadowRoots: shadowRoots, holders: holders, url: location.href });
    })()
    """#

    /// Whether the notice is there, and by what: a platform's container (selectors from the
    /// catalogue), consent wording in shown text next to a button (the button tells a notice from
    /// a footer link "Cookie policy"), or `__tcfapi` answering `ping` with its CMP loaded. Looks
    /// into open shadow roots and same-origin frames. Returns the evidence, or "".
    static func detectNotice(containers: [(name: String, css: String)]) -> String {
        let list = containers.map { "[\(jsString($0.name)), \(jsString($0.css))]" }.joined(separator: ",")
        return #"""
        (function (containers) {
          const visible = e => !!(e && (e.offsetWidth || e.offsetHeight || e.getClientRects().length));
          for (const [name, css] of containers) {
            try {
              const e = document.querySelector(css);
              if (visible(e)) { window.__consentlensNotice = e; return 'platform container ' + name; }
            } catch (x) {}
          }
          const words = /\b(cookies?|consent|einwilligung|zustimmung|consentement|consenso|toestemming|samtykke|samtycke|zgod[aęy]|consentimento|consentimiento)\b/i;
          const buttons = 'button,[role=button],input[type=button],input[type=submit]';
          function scan(root, depth, holder) {
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
            let n, count = 0;
            while ((n = walker.nextNode()) && count++ < 50000) {
              if (n.nodeType === 1) {
                if (n.shadowRoot && depth < 8) { const r = scan(n.shadowRoot, depth + 1, holder); if (r) return r; }
                if (n.localName === 'iframe' && depth < 8) {
                  try { const d = n.contentDocument; if (d && d.body) { const r = scan(d.body, depth + 1, holder || n); if (r) return r; } } catch (x) {}
                }
                continue;
              }
              const m = n.data.match(words);
              if (!m) continue;
              const p = n.parentElement;
              if (!visible(p)) continue;
              let a = p;
              for (let i = 0; a && i < 8; i++) {
                if (a.querySelector && a.querySelector(buttons)) {
                  window.__consentlensNotice = holder || a;
                  return 'consent wording "' + m[0] + '" beside a button';
                }
                a = a.parentElement || (a.parentNode && a.parentNode.host) || null;
              }
            }
            return '';
          }
          const found = document.body ? scan(document.body, 0, null) : '';
          if (found) return found;
          if (typeof window.__tcfapi === 'function') {
            try { window.__tcfapi('ping', 2, function (p) { if (p && p.cmpLoaded) window.__consentlensPing = p; }); } catch (x) {}
            if (window.__consentlensPing) return '__tcfapi answered ping (cmpId ' + window.__consentlensPing.cmpId + ')';
          }
          return '';
        })([\#(list)])
        """#
    }

    /// The box of the element ``detectNotice(containers:)`` found the notice by, in page
    /// coordinates (for a clipped screenshot), with a short name of the element; "" when there is
    /// none or it has no box.
    static let noticeBox = #"""
    (function () {
      const e = window.__consentlensNotice;
      if (!e || !e.isConnected || !e.getBoundingClientRect) return '';
      const r = e.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) return '';
      const name = e.localName + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).slice(0, 2).join('.') : '');
      return JSON.stringify({ x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height, element: name.slice(0, 80) });
    })()
    """#

    /// Records who writes `document.cookie` (the first script URL on the stack), so that
    /// `cookies.json` can say which script set a cookie. Runs in the page's own world before its
    /// scripts: a page could notice the wrapped setter, which changes nothing it does.
    static let cookieWriters = #"""
    (function () { try {
      const d = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
      if (!d || !d.set) return;
      const log = [];
      Object.defineProperty(window, '__consentlensCookieWrites', { value: log, enumerable: false });
      Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true, enumerable: d.enumerable,
        get: function () { return d.get.call(this); },
        set: function (v) {
          try {
            const name = String(v).split(';')[0].split('=')[0].trim();
            let src = null;
            for (const l of (new Error().stack || '').split('\n').slice(1)) {
              const m = l.match(/(https?:\/\/[^\s)]+?):\d+:\d+/);
              if (m) { src = m[1]; break; }
            }
            if (log.length < 5000) log.push([name, src]);
          } catch (x) {}
          return d.set.call(this, v);
        }
      });
    } catch (x) {} })();
    """#

    /// Collects the clickable controls that are shown (in shadow roots and same-origin frames
    /// too), catalogue selectors first, and keeps them for ``click``.
    static func collectControls(selectors: [(platform: PlatformID, kind: ControlKind, css: String)]) -> String {
        let list = selectors.map { "[\(jsString($0.platform.rawValue)), \(jsString($0.kind.rawValue)), \(jsString($0.css))]" }.joined(separator: ",")
        return #"""
        (function (selectors) {
          const visible = e => !!(e && (e.offsetWidth || e.offsetHeight || e.getClientRects().length));
          function all(css) {
            const found = [];
            (function visit(root, depth) {
              try { for (const e of root.querySelectorAll(css)) found.push(e); } catch (x) { return; }
              for (const e of root.querySelectorAll('*')) {
                if (e.shadowRoot && depth < 8) visit(e.shadowRoot, depth + 1);
                if (e.localName === 'iframe' && depth < 8) { try { if (e.contentDocument) visit(e.contentDocument, depth + 1); } catch (x) {} }
              }
            })(document, 0);
            return found;
          }
          const label = e => ((e.innerText || e.value || '') + '').replace(/\s+/g, ' ').trim().slice(0, 200);
          const els = [], out = [];
          for (const [platform, kind, css] of selectors) {
            for (const e of all(css)) if (visible(e) && !els.includes(e)) {
              els.push(e);
              out.push({ i: els.length - 1, label: label(e), aria: e.getAttribute('aria-label') || '', kind: kind, foundBy: 'platform selector ' + css + ' (' + platform + ')' });
            }
          }
          for (const e of all('button,[role=button],a,input[type=button],input[type=submit]')) if (visible(e) && !els.includes(e)) {
            els.push(e);
            out.push({ i: els.length - 1, label: label(e), aria: e.getAttribute('aria-label') || '' });
          }
          window.__consentlensControls = els;
          return JSON.stringify(out);
        })([\#(list)])
        """#
    }

    /// Clicks a control ``collectControls`` kept; `element.click()` fires the page's own handlers.
    /// The indices of the rules (each a list of steps, each a CSS selector list) whose every step
    /// matches in this document, its shadow roots and same-origin frames.
    static func matchingRules(_ rules: [[String]]) -> String {
        let list = rules.map { "[" + $0.map(jsString).joined(separator: ",") + "]" }.joined(separator: ",")
        return #"""
        (function (rules) {
          function exists(css) {
            let hit = false;
            (function visit(root, depth) {
              if (hit) return;
              try { if (root.querySelector(css)) { hit = true; return; } } catch (x) { return; }
              for (const e of root.querySelectorAll('*')) {
                if (e.shadowRoot && depth < 8) visit(e.shadowRoot, depth + 1);
                if (e.localName === 'iframe' && depth < 8) { try { if (e.contentDocument) visit(e.contentDocument, depth + 1); } catch (x) {} }
              }
            })(document, 0);
            return hit;
          }
          const out = [];
          rules.forEach((steps, i) => { if (steps.every(exists)) out.push(i); });
          return JSON.stringify(out);
        })([\#(list)])
        """#
    }

    /// Clicks the first element `selector` names inside the frames or shadow hosts `frames` names
    /// (from the top); answers `{"at": ms since 1970, "label": text}` as JSON, or `false`.
    static func clickSelector(_ selector: String, frames: [String]) -> String {
        let path = frames.map(jsString).joined(separator: ",")
        return #"""
        (function (frames, css) {
          let root = document;
          for (const f of frames) {
            let host = null;
            try { host = root.querySelector(f); } catch (x) { return false; }
            if (!host) return false;
            try { root = host.shadowRoot || host.contentDocument; } catch (x) { return false; }
            if (!root) return false;
          }
          let e = null;
          try { e = root.querySelector(css); } catch (x) { return false; }
          if (!e) return false;
          window.__consentlensClicked = e;
          const label = (e.innerText || e.value || e.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 100);
          const at = Date.now();
          e.click();
          return JSON.stringify({ at: at, label: label });
        })([\#(path)], \#(jsString(selector)))
        """#
    }

    static func click(_ index: Int) -> String {
        "(function () { const e = (window.__consentlensControls || [])[\(index)]; if (!e) return false; window.__consentlensClicked = e; const at = Date.now(); e.click(); return at; })()"
    }

    /// Whether the control clicked last is still shown: a notice that went away takes its buttons with it.
    static let clickedStillShown = "(function () { const e = window.__consentlensClicked; return !!(e && e.isConnected && (e.offsetWidth || e.offsetHeight || e.getClientRects().length)); })()"

    /// Unticks every optional box (ticked, not disabled) in the settings layer: what refusing
    /// in two steps means. Returns the labels unticked.
    static let untickOptional = #"""
    (function () {
      const done = [];
      (function visit(root, depth) {
        for (const e of root.querySelectorAll('input[type=checkbox],[role=switch],[role=checkbox]')) {
          const on = e.localName === 'input' ? e.checked : e.getAttribute('aria-checked') === 'true';
          const off = e.disabled || e.getAttribute('aria-disabled') === 'true';
          if (on && !off) {
            e.click();
            const l = (e.labels && e.labels[0] && e.labels[0].innerText) || e.getAttribute('aria-label') || e.name || e.id || '';
            done.push(l.replace(/\s+/g, ' ').trim().slice(0, 100));
          }
        }
        for (const e of root.querySelectorAll('*')) {
          if (e.shadowRoot && depth < 8) visit(e.shadowRoot, depth + 1);
          if (e.localName === 'iframe' && depth < 8) { try { if (e.contentDocument) visit(e.contentDocument, depth + 1); } catch (x) {} }
        }
      })(document, 0);
      return JSON.stringify(done);
    })()
    """#

    /// Asks the IAB TCF API for `ping` and `getTCData`, with a time limit: a stub that never calls
    /// back must not hold the capture.
    static let tcf = #"""
    new Promise(function (resolve) {
      if (typeof window.__tcfapi !== 'function') { resolve(''); return; }
      const out = {};
      const done = () => resolve(JSON.stringify(out));
      setTimeout(done, 2000);
      try {
        window.__tcfapi('ping', 2, function (p) {
          out.ping = p;
          try { window.__tcfapi('getTCData', 2, function (d, ok) { out.tcData = d; out.success = ok; done(); }); } catch (x) { out.error = String(x); done(); }
        });
      } catch (x) { out.error = String(x); done(); }
    })
    """#

    /// `document.cookie` writers recorded by ``cookieWriters``.
    static let cookieWrites = "JSON.stringify(window.__consentlensCookieWrites || [])"

    /// A JavaScript string literal.
    static func jsString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 { out += unicodeEscape(u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}

/// `\u00XX` for a control character.
private func unicodeEscape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}
