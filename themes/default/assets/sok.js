/* Sökningen i kunskapsbanken. Körs på sidan sok/index.html, utan server och från file://.
   The index is a set of script files beside the page (sok/index.js, termer-<nyckel>.js,
   sidor-<n>.js) that fill the global kunskapsbankSok; parts are added as <script> elements
   when a query needs them, because a page opened from file:// may not fetch local files.
   Words are folded as the builder folds them (Slug.fold: lower case, å/ä → a, ö → o …) and
   matched as prefixes; every word of the query must match. No cookies, no storage. */
(function () {
  "use strict";

  var MAX_RESULTS = 50;
  var FOLD = {
    "å": "a", "ä": "a", "á": "a", "à": "a", "â": "a", "ã": "a",
    "ö": "o", "ø": "o", "ó": "o", "ò": "o", "ô": "o", "õ": "o",
    "é": "e", "è": "e", "ê": "e", "ë": "e", "ü": "u", "ú": "u", "ù": "u", "û": "u",
    "í": "i", "ì": "i", "î": "i", "ï": "i", "ç": "c", "ñ": "n", "ß": "ss", "æ": "ae"
  };

  var box = document.getElementById("sok");
  if (!box) { return; }
  var input = document.getElementById("sok-fraga");
  var status = document.getElementById("sok-status");
  var list = document.getElementById("sok-traffar");
  var root = box.getAttribute("data-rot") || "";
  var index = window.kunskapsbankSok;
  var loading = {};

  function text(name, values) {
    var template = box.getAttribute("data-text-" + name) || "";
    return template.replace(/\{(\w+)\}/g, function (all, key) {
      return values && Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : all;
    });
  }

  function fold(value) {
    var lower = (value.normalize ? value.normalize("NFC") : value).toLowerCase();
    var out = "";
    for (var i = 0; i < lower.length; i++) {
      var ch = lower.charAt(i);
      out += Object.prototype.hasOwnProperty.call(FOLD, ch) ? FOLD[ch] : ch;
    }
    return out;
  }

  function wordsOf(value) {
    return fold(value).split(/[^\p{L}\p{N}\p{M}]+/u).filter(function (word) {
      return Array.from(word).length >= 2;
    });
  }

  function partKey(term, length) {
    return Array.from(term).slice(0, length).map(function (ch) {
      return /^[a-z0-9]$/.test(ch) ? ch : "_" + ch.codePointAt(0).toString(16);
    }).join("");
  }

  function announce(message) {
    // Emptied first, so that the same message twice is announced twice.
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 100);
  }

  function load(file, isLoaded) {
    if (isLoaded()) { return Promise.resolve(); }
    if (!loading[file]) {
      loading[file] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = file;
        script.onload = function () { if (isLoaded()) { resolve(); } else { reject(new Error(file)); } };
        script.onerror = function () { reject(new Error(file)); };
        document.head.appendChild(script);
      });
    }
    return loading[file];
  }

  /* Document number → best score of one query word, over every term it is a prefix of. */
  function matches(word) {
    var part = index.termer[partKey(word, index.nyckellangd)] || {};
    var found = {};
    Object.keys(part).forEach(function (term) {
      if (term.lastIndexOf(word, 0) !== 0) { return; }
      var bonus = term === word ? 0.5 : 0;
      var doc = -1;
      part[term].split(",").forEach(function (code) {
        var number = parseInt(code, 36);
        doc += Math.floor(number / 4);
        var score = (number % 4) + bonus;
        if (!(doc in found) || found[doc] < score) { found[doc] = score; }
      });
    });
    return found;
  }

  function highlighted(container, value, words) {
    value.split(/([\p{L}\p{N}\p{M}]+)/u).forEach(function (piece, position) {
      var isWord = position % 2 === 1;
      var folded = isWord ? fold(piece) : "";
      var hit = isWord && words.some(function (word) { return folded.lastIndexOf(word, 0) === 0; });
      if (hit) {
        var mark = document.createElement("mark");
        mark.textContent = piece;
        container.appendChild(mark);
      } else {
        container.appendChild(document.createTextNode(piece));
      }
    });
  }

  function show(ids, total, words, query) {
    list.textContent = "";
    ids.forEach(function (id) {
      var row = index.sidor[Math.floor(id / index.sidorPerDel)][id % index.sidorPerDel];
      var item = document.createElement("li");
      var heading = document.createElement("h2");
      var link = document.createElement("a");
      link.href = root + row[0];
      link.textContent = row[1];
      heading.appendChild(link);
      item.appendChild(heading);
      var section = index.sektioner[row[2]];
      if (section) {
        var meta = document.createElement("p");
        meta.className = "meta";
        meta.textContent = section;
        item.appendChild(meta);
      }
      if (row[3]) {
        var snippet = document.createElement("p");
        highlighted(snippet, row[3], words);
        item.appendChild(snippet);
      }
      list.appendChild(item);
    });
    var message = total === 0 ? text("inga", { q: query })
      : total === 1 ? text("en-traff", { q: query })
      : text("traffar", { n: total, q: query });
    if (total > ids.length) { message += " " + text("visar", { n: ids.length }); }
    announce(message);
  }

  function search(query) {
    var words = wordsOf(query).filter(function (word, position, all) { return all.indexOf(word) === position; });
    if (words.length === 0) { announce(text("kort")); return; }
    var meaningful = words.filter(function (word) { return index.stoppord.indexOf(word) < 0; });
    if (meaningful.length > 0) { words = meaningful; }
    status.textContent = text("laddar");
    var keys = words.map(function (word) { return partKey(word, index.nyckellangd); });
    var parts = keys.filter(function (key, position) {
      return keys.indexOf(key) === position && index.delar.indexOf(key) >= 0;
    });
    Promise.all(parts.map(function (key) {
      return load("termer-" + key + ".js", function () { return !!index.termer[key]; });
    })).then(function () {
      var scores = null;
      words.forEach(function (word) {
        var found = matches(word);
        if (scores === null) { scores = found; return; }
        var both = {};
        Object.keys(scores).forEach(function (doc) { if (doc in found) { both[doc] = scores[doc] + found[doc]; } });
        scores = both;
      });
      var ids = Object.keys(scores || {}).map(Number).sort(function (a, b) {
        return scores[b] - scores[a] || a - b;
      });
      var shown = ids.slice(0, MAX_RESULTS);
      var documentParts = shown.map(function (id) { return Math.floor(id / index.sidorPerDel); })
        .filter(function (part, position, all) { return all.indexOf(part) === position; });
      return Promise.all(documentParts.map(function (part) {
        return load("sidor-" + part + ".js", function () { return !!index.sidor[part]; });
      })).then(function () { show(shown, ids.length, words, query); });
    }).catch(function () { announce(text("fel")); });
  }

  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  if (!index) {
    if (query) { announce(text("fel")); }
    return;
  }
  if (query.trim()) { search(query); }
})();
